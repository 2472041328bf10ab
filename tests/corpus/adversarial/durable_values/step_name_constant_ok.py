# SDK: wmill 1.850.0 client.py _alloc_key: a literal name repeated in a loop becomes price, price_2, ... identically on every replay.
from wmill import step, workflow


def price_for(sku: str) -> float:
    return 1.0


@workflow
async def main(skus: list[str]):
    prices = {}
    for sku in skus:
        prices[sku] = await step("price", lambda: price_for(sku))
    return prices
