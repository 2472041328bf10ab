# SDK: wmill 1.850.0 client.py set_progress() is an HTTP call to the Windmill API, not a WAC primitive: in the body it is re-sent each round.
import wmill
from wmill import task, workflow


@task(timeout=1800)
async def reindex_shard(index: str, shard: int) -> int:
    return 10_000


@workflow
async def main(index: str, shards: int = 4):
    total = 0
    for shard in range(shards):
        total += await reindex_shard(index, shard)
        wmill.set_progress(int((shard + 1) * 100 / shards))  # expect: WAC101
    return {"documents": total}
