# SDK: wmill 1.850.0 client.py: the body replays from the top; building a `requests.Session` subclass and setting its headers, auth and adapters sends nothing; the requests go out in the task.
import requests
from requests.adapters import HTTPAdapter
from wmill import task, workflow


class ApiSession(requests.Session):
    def __init__(self, token: str):
        super().__init__()
        self.headers.update({"Authorization": f"Bearer {token}"})
        self.mount("https://", HTTPAdapter(max_retries=3))


@task()
async def fetch_orders(token: str, since: str) -> list:
    return ApiSession(token).get("https://shop.example.com/orders", params={"since": since}).json()


@workflow
async def main(token: str, since: str):
    session = ApiSession(token)
    session.headers["X-Trace"] = since
    print("auth header set:", "Authorization" in session.headers)
    return await fetch_orders(token, since)
