# SDK: wmill 1.850.0 client.py: the body re-runs after every task; `repo.latest()` goes through the dataclass field `client: httpx.Client` (built by `default_factory`), and its GET runs each round.
from dataclasses import dataclass, field

import httpx
from wmill import task, workflow


@dataclass
class ReleaseRepo:
    owner: str
    name: str
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))

    def latest(self) -> str:
        resp = self.client.get(f"https://api.github.com/repos/{self.owner}/{self.name}/releases/latest")
        return resp.json()["tag_name"]


@task()
async def deploy(tag: str) -> str:
    return tag


@workflow
async def main(owner: str, name: str):
    repo = ReleaseRepo(owner, name)
    tag = repo.latest()  # expect: WAC101
    return await deploy(tag)
