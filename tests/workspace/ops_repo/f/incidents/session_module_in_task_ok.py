# SDK: wmill 1.850.0; f.lib.sessions builds a requests.Session at import (no request), and
# fetch_json runs only inside a task.
from wmill import task, workflow

from f.lib.sessions import fetch_json


@task()
async def status(service: str) -> dict:
    return fetch_json(f"https://ops.internal.example.com/services/{service}")


@workflow
async def main(service: str):
    current = await status(service)
    return current.get("state")
