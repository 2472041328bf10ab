# SDK: wmill 1.850.0 client.py: the coroutines in the dict are never awaited, so their results are lost; the runner only flushes the dispatch.
from wmill import task, workflow


@task()
async def warm_cache(region: str) -> bool:
    return True


@workflow
async def main(regions: list[str]):
    warming = {region: warm_cache(region) for region in regions}  # expect: WAC106
    return {"regions": sorted(warming)}
