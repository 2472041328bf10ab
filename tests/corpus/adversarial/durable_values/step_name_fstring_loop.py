# SDK: wmill 1.850.0 client.py _alloc_key numbers repeats of one name; the guide says not to generate step names, a per-item f-string name is one.
from wmill import step, workflow


def price_for(sku: str) -> float:
    return 1.0


@workflow
async def main(skus: list[str]):
    prices = {}
    for sku in skus:
        prices[sku] = await step(f"price_{sku}", lambda: price_for(sku))  # expect: WAC103
    return prices
