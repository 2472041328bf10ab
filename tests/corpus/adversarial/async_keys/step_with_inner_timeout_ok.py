# SDK: wmill 1.850.0 client.py _run_inline_step: the timeout and its fallback live inside the step's function, so the value it returns (quote or fallback) is recorded once and replayed.
import asyncio

import httpx
from wmill import step, task, workflow


async def fetch_quote(sku: str) -> float:
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://pricing.example.com/{sku}")
        return float(resp.json()["price"])


async def quote_or_list_price(sku: str) -> float:
    try:
        return await asyncio.wait_for(fetch_quote(sku), timeout=5)
    except asyncio.TimeoutError:
        return 9.99


@task()
async def create_order(sku: str, price: float) -> str:
    return f"order-{sku}"


@workflow
async def main(sku: str):
    price = await step("quote", lambda: quote_or_list_price(sku))
    return await create_order(sku, price)
