# SDK: wmill 1.850.0 client.py: the body replays from the top; a class statement inside the workflow runs its class body each time it is reached, so the class attribute's GET is sent on every replay.
import requests
from wmill import task, workflow


@task()
async def apply(limits: dict, tenant: str) -> str:
    return f"{tenant}:{limits}"


@workflow
async def main(tenant: str):
    class Limits:
        remote = requests.get(f"https://quota.example.com/{tenant}", timeout=5).json()  # expect: WAC101
        default = 100

    return await apply(Limits.remote, tenant)
