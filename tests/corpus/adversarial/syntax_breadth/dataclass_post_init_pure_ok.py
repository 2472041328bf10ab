# SDK: wmill 1.850.0 client.py: a `__post_init__` that only normalises its fields is the same on every replay; the token is fetched inside a task.
from dataclasses import dataclass

import requests
from wmill import task, workflow


@dataclass
class ApiTarget:
    base_url: str
    client_id: str

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self.client_id = self.client_id.strip()


@task()
async def sync_catalog(base_url: str, client_id: str) -> int:
    token = requests.post(f"{base_url}/oauth/token", data={"client_id": client_id}, timeout=10).json()["access_token"]
    return len(token)


@workflow
async def main(base_url: str, client_id: str):
    target = ApiTarget(base_url, client_id)
    return {"synced": await sync_catalog(target.base_url, target.client_id)}
