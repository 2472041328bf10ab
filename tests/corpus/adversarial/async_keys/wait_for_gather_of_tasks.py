# SDK: wmill 1.850.0 client.py _next_step: both tasks are pending before the gather runs and the round suspends at once; the wait_for around the gather never times out there.
import asyncio

from wmill import task, workflow


@task()
async def fetch_orders(day: str) -> list[dict]:
    return []


@task()
async def fetch_refunds(day: str) -> list[dict]:
    return []


@workflow
async def main(day: str):
    try:
        orders, refunds = await asyncio.wait_for(
            asyncio.gather(fetch_orders(day), fetch_refunds(day)), timeout=600
        )
    except asyncio.TimeoutError:  # expect: WAC204
        orders, refunds = [], []
    return {"orders": len(orders), "refunds": len(refunds)}
