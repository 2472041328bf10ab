# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `os.getloadavg()` reads this machine's load right now, so the branch (and which task runs) can differ between rounds.
import os

from wmill import task, workflow


@task()
async def heavy(dataset: str) -> int:
    return 1


@task()
async def light(dataset: str) -> int:
    return 0


@workflow
async def main(dataset: str):
    if os.getloadavg()[0] > 4.0:  # expect: WAC102
        return await light(dataset)
    return await heavy(dataset)
