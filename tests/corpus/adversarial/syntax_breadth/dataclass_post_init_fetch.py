# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; building the dataclass runs its `__post_init__`, which fetches a token each round.
from dataclasses import dataclass, field

import requests
from wmill import task, workflow


@dataclass
class ApiSession:
    base_url: str
    client_id: str
    token: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        resp = requests.post(f"{self.base_url}/oauth/token", data={"client_id": self.client_id}, timeout=10)
        self.token = resp.json()["access_token"]


@task()
async def sync_catalog(base_url: str, token: str) -> int:
    return 10


@workflow
async def main(base_url: str, client_id: str):
    session = ApiSession(base_url, client_id)  # expect: WAC101
    return {"synced": await sync_catalog(base_url, session.token)}
