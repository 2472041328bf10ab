# SDK: wmill 1.850.0 client.py: the timer reading only reaches a log line; what the body dispatches does not depend on it.
import logging
from timeit import default_timer

from wmill import task, workflow

log = logging.getLogger("reindex")


@task()
async def reindex(shard: str) -> int:
    t0 = default_timer()
    n = len(shard)
    log.info("reindexed %s in %.3fs", shard, default_timer() - t0)
    return n


@workflow
async def main(shards: list[str]):
    done = 0
    for shard in shards:
        done += await reindex(shard)
    return {"done": done}
