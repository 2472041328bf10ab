# SDK: wmill 1.850.0 client.py parallel(): a sorted list has a length, slices, and the same order in every process, so the keys reprice, reprice_2, ... map to the same skus on replay.
from wmill import parallel, task, workflow


@task()
async def reprice(sku: str) -> dict:
    return {"sku": sku, "price": 10.0}


@workflow
async def main(skus: list[str]):
    unique = sorted(set(skus))
    prices = await parallel(unique, reprice, concurrency=5)
    return {"repriced": len(prices)}
