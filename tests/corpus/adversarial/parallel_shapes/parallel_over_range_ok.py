# SDK: wmill 1.850.0 client.py parallel(): a range has a length and slices (range(0, 3)[0:2]), so shards are dispatched in order, the same in every replay.
from wmill import parallel, task, workflow


@task(timeout=900)
async def rebuild_shard(shard: int) -> int:
    return shard


@workflow
async def main(shards: int = 8):
    rebuilt = await parallel(range(shards), rebuild_shard, concurrency=4)
    return {"rebuilt": len(rebuilt)}
