# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; sorting and picking with built-in keys, `itemgetter` and lambdas over the tasks' results is pure.
from operator import itemgetter

from wmill import task, workflow


@task()
async def quotes(sku: str) -> list[dict]:
    return [{"vendor": "a", "price": 12.0}, {"vendor": "b", "price": 9.5}]


@task()
async def order(sku: str, vendor: str) -> str:
    return vendor


@workflow
async def main(sku: str, names: list[str]):
    offers = await quotes(sku)
    best = min(offers, key=itemgetter("price"))
    longest = max(names, key=len) if names else ""
    ranked = sorted(offers, key=lambda o: (o["price"], o["vendor"]))
    return await order(sku, best["vendor"]), longest, [o["vendor"] for o in ranked]
