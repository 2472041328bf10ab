# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `reduce` over the tasks' results with a merging function of the file only combines dicts.
from functools import reduce

from wmill import task, workflow


def merge(acc: dict, part: dict) -> dict:
    out = dict(acc)
    for key, value in part.items():
        out[key] = out.get(key, 0) + value
    return out


@task()
async def count_region(region: str) -> dict:
    return {"orders": 10, "refunds": 1}


@workflow
async def main(regions: list[str]):
    parts = [await count_region(r) for r in regions]
    return reduce(merge, parts, {})
