# SDK: wmill 1.850.0 client.py: a Literal-typed input is a plain str, the same in every round; branching on it is deterministic.
from typing import Literal

from wmill import task, workflow


@task()
async def full_sync(source: str) -> int:
    return 100


@task()
async def delta_sync(source: str, since: str) -> int:
    return 10


@workflow
async def main(source: str, mode: Literal["full", "delta"] = "delta", since: str = "1970-01-01"):
    if mode == "full":
        return {"rows": await full_sync(source)}
    return {"rows": await delta_sync(source, since)}
