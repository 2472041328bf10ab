# SDK: wmill 1.850.0 client.py _alloc_key: asyncio.gather returns results in argument order, and the keys are allocated in call order, so the loop after it is stable.
import asyncio

from wmill import step, task, workflow


@task()
async def quote(vendor: str, sku: str) -> float:
    return 1.0


@workflow
async def main(sku: str, vendors: list[str]):
    prices = await asyncio.gather(*[quote(v, sku) for v in vendors])
    best = min(zip(prices, vendors))
    return await step("choose", lambda: {"vendor": best[1], "price": best[0]})
