# SDK: wmill 1.850.0 client.py _alloc_key: dispatching over sorted dict keys and over a list is the same order on every replay.
from wmill import task, workflow


@task()
async def reprice(sku: str, price: float) -> float:
    return price


@workflow
async def main(prices: dict[str, float], extra: list[str]):
    out = {}
    for sku in sorted(prices.keys()):
        out[sku] = await reprice(sku, prices[sku])
    for sku in extra:
        out[sku] = await reprice(sku, 0.0)
    return out
