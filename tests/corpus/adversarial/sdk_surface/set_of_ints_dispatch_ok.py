# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; a set of small ints iterates by value (`hash(n) == n`, no per-process seed), and `range`-built shards are inserted in the same order every replay.
from wmill import task, workflow


@task()
async def rebuild(shard: int) -> int:
    return shard


@workflow
async def main(count: int = 4):
    shards = {n % count for n in range(count * 2)}
    return [await rebuild(s) for s in shards]
