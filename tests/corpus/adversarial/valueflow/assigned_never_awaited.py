# SDK: wmill 1.850.0 client.py: task() -> _next_step appends to _pending and returns the _suspend() coroutine; never awaited, its result is lost.
from wmill import task, workflow


@task()
async def warm_cache(region: str) -> int:
    return 512


@task()
async def rebuild_index(region: str) -> dict:
    return {"region": region, "docs": 10_000}


@workflow
async def main(region: str):
    warmed = warm_cache(region)  # expect: WAC106
    index = await rebuild_index(region)
    return {"index": index, "warm": "started"}
