# SDK: wmill 1.850.0 client.py: default=str does not apply to dict keys; json.dumps raises TypeError ("keys must be str, int, float, bool or None, not tuple"), so the task's job fails when its result is encoded.
from wmill import task, workflow


@task()
async def stock_levels(warehouse: str) -> dict:
    rows = [("eu", "sku-1", 4), ("us", "sku-1", 0)]
    return {(region, sku): qty for region, sku, qty in rows}  # expect: WAC107


@task()
async def reorder(levels: dict) -> int:
    return len(levels)


@workflow
async def main(warehouse: str):
    levels = await stock_levels(warehouse)
    return await reorder(levels)
