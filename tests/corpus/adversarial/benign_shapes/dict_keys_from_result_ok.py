# SDK: wmill 1.850.0 client.py: a dict decoded from the checkpoint's JSON keeps the key order it was written with, so dispatching over it gives the same keys in every round.
from wmill import task, workflow


@task()
async def shard_sizes(table: str) -> dict:
    return {"s1": 100, "s2": 250}


@task()
async def compact(table: str, shard: str, size: int) -> int:
    return size // 2


@workflow
async def main(table: str):
    sizes = await shard_sizes(table)
    freed = 0
    for shard, size in sizes.items():
        freed += await compact(table, shard, size)
    return {"freed": freed}
