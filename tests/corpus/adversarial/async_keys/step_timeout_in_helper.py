# SDK: wmill 1.850.0 client.py _run_inline_step: the helper the body awaits runs the step's function inside wait_for in the workflow's round; how long the call takes decides whether the fallback is used.
import asyncio

import httpx
from wmill import step, task, workflow


async def fetch_inventory(sku: str) -> int:
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://stock.example.com/{sku}")
        return int(resp.json()["available"])


async def inventory_or_zero(sku: str) -> int:
    try:
        return await asyncio.wait_for(step("inventory", lambda: fetch_inventory(sku)), 3)
    except asyncio.TimeoutError:
        return 0


@task()
async def reserve(sku: str, qty: int) -> bool:
    return qty > 0


@workflow
async def main(sku: str):
    available = await inventory_or_zero(sku)  # expect: WAC102
    return await reserve(sku, available)
