# SDK: wmill 1.850.0 client.py _run_inline_step runs fn in the workflow round itself; cancelled by wait_for it records nothing, so whether a round takes the fallback depends on how long the call took this time.
import asyncio

import httpx
from wmill import step, task, workflow


async def fetch_fx_rate(currency: str) -> float:
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://fx.example.com/latest/{currency}")
        return float(resp.json()["rate"])


@task()
async def book_payment(amount: float, rate: float) -> str:
    return f"booked {amount * rate:.2f}"


@workflow
async def main(amount: float, currency: str = "EUR"):
    try:
        rate = await asyncio.wait_for(step("fx_rate", lambda: fetch_fx_rate(currency)), timeout=5)  # expect: WAC102
    except asyncio.TimeoutError:
        rate = 1.0
    return await book_payment(amount, rate)
