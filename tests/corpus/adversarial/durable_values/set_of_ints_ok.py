# SDK: wmill 1.850.0 client.py _alloc_key: small ints hash to themselves, so a set of int literals iterates in the same order in every process.
from wmill import task, workflow


@task()
async def export_shard(shard: int) -> int:
    return shard


@workflow
async def main():
    total = 0
    for shard in {0, 1, 2, 3}:
        total += await export_shard(shard)
    return total
