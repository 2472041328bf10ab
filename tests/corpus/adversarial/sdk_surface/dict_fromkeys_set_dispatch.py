# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; `dict.fromkeys(set(...))` keeps the set's order, which changes with each process's string hash seed, so replays dispatch the regions in another order.
from wmill import task, workflow


@task()
async def warm_cache(region: str) -> str:
    return region


@workflow
async def main(regions: list[str]):
    pending = dict.fromkeys(set(regions), "todo")
    for region in pending:  # expect: WAC105
        pending[region] = await warm_cache(region)
    return pending
