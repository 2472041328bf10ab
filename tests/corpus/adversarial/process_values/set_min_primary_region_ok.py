# SDK: wmill 1.850.0 client.py: min() of a set of str depends only on the values, not on the salted iteration order, so the same region is promoted in every replay.
from wmill import task, workflow


@task()
async def promote(region: str) -> str:
    return f"{region} is primary"


@task()
async def demote(region: str) -> str:
    return f"{region} is replica"


@workflow
async def main(regions: list[str]):
    pending = set(regions)
    primary = min(pending)
    pending.discard(primary)
    result = [await promote(primary)]
    for region in sorted(pending):
        result.append(await demote(region))
    return result
