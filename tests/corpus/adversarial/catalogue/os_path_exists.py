# SDK: wmill 1.850.0 client.py workflow(): branching on external state must go through step(); the filesystem can differ on the next round's worker.
import os

from wmill import task, workflow

MARKER = "/var/run/maintenance"


@task()
async def drain(node: str) -> bool:
    return True


@task()
async def patch(node: str) -> str:
    return f"{node} patched"


@workflow
async def main(nodes: list[str]):
    if os.path.exists(MARKER):  # expect: WAC101
        return {"skipped": "maintenance marker present"}
    out = []
    for node in nodes:
        await drain(node)
        out.append(await patch(node))
    return out
