# SDK: wmill 1.850.0 client.py parallel() is `async def`: without await its coroutine never runs, so no task is dispatched at all.
from wmill import parallel, task, workflow


@task()
async def thumbnail(key: str) -> str:
    return f"thumbs/{key}"


@workflow
async def main(keys: list[str]):
    parallel(keys, thumbnail, concurrency=8)  # expect: WAC106
    return {"queued": len(keys)}
