# SDK: wmill 1.850.0 client.py workflow(): timeit.default_timer is time.perf_counter, a clock a new process starts again; a budget on it in the body stops the loop at another item in another round.
from timeit import default_timer

from wmill import task, workflow


@task()
async def reindex(shard: str) -> int:
    return 1


@workflow
async def main(shards: list[str], budget_s: float = 300.0):
    started = default_timer()  # expect: WAC102
    done = 0
    for shard in shards:
        done += await reindex(shard)
        if default_timer() - started > budget_s:  # expect: WAC102
            break
    return {"done": done}
