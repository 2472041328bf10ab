# Refresh a fixed group of shards (integers hash the same in every process).
import asyncio

from wmill import task, workflow


@task()
async def refresh(shard: int) -> dict:
    return {"shard": shard}


@workflow
async def main():
    shards = {1, 2, 3}
    return await asyncio.gather(*[refresh(s) for s in shards])
