# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; `dict.fromkeys(regions)` de-duplicates a list keeping its insertion order, the same on every replay.
from wmill import task, workflow


@task()
async def warm_cache(region: str) -> str:
    return region


@workflow
async def main(regions: list[str]):
    pending = dict.fromkeys(regions, "todo")
    for region in pending:
        pending[region] = await warm_cache(region)
    return pending
