# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; reading the `base_url` of a field annotated `httpx.Client` sends nothing, and the request is made in the task.
from dataclasses import dataclass, field

import httpx
from wmill import task, workflow


@dataclass
class Api:
    name: str
    client: httpx.Client = field(default_factory=lambda: httpx.Client(base_url="https://api.example"))


@task()
async def sync(base: str, account: str) -> int:
    with httpx.Client(base_url=base) as c:
        return c.post("/sync", json={"account": account}).status_code


@workflow
async def main(account: str):
    api = Api("billing")
    base = str(api.client.base_url)
    return await sync(base, account)
