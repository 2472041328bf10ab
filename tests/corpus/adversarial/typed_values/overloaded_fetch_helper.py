# SDK: wmill 1.850.0 client.py: the body runs in every round; the implementation behind the @overload signatures sends the request each time.
from typing import overload

import httpx
from wmill import task, workflow


@overload
def fetch_user(user_id: int) -> dict: ...
@overload
def fetch_user(user_id: str) -> dict: ...
def fetch_user(user_id: int | str) -> dict:
    return httpx.get(f"https://users.example.com/{user_id}").json()


@task()
async def send_welcome(email: str) -> bool:
    return True


@workflow
async def main(user_id: int):
    user = fetch_user(user_id)  # expect: WAC101
    return await send_welcome(user["email"])
