# SDK: wmill 1.850.0 client.py `step`: only the step function's body is deferred; a lambda's default value is evaluated in the workflow body when the lambda is built, on every replay.
import requests
from wmill import step, task, workflow


@task()
async def store_profile(user_id: str, profile: dict) -> bool:
    return True


@workflow
async def main(user_id: str, api: str = "https://crm.example.com"):
    profile = await step("crm_profile", lambda resp=requests.get(f"{api}/users/{user_id}", timeout=10): resp.json())  # expect: WAC101
    await store_profile(user_id, profile)
    return {"user": user_id}
