# SDK: wmill 1.850.0 client.py: string keys ("eu/sku-1") are what JSON objects hold; the dict comes back equal.
from wmill import task, workflow


@task()
async def stock_levels(warehouse: str) -> dict:
    rows = [("eu", "sku-1", 4), ("us", "sku-1", 0)]
    return {f"{region}/{sku}": qty for region, sku, qty in rows}


@task()
async def reorder(levels: dict) -> int:
    return len(levels)


@workflow
async def main(warehouse: str):
    levels = await stock_levels(warehouse)
    return await reorder(levels)
