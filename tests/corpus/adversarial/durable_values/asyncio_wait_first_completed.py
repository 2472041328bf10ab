# SDK: wmill 1.850.0 client.py _alloc_key: which task finishes first is timing; the step allocated after it depends on that (WAC105); asyncio.wait also keeps each task's _StepSuspend inside its future instead of raising it (WAC201).
import asyncio

from wmill import step, task, workflow


@task()
async def quote_a(sku: str) -> float:
    return 1.0


@task()
async def quote_b(sku: str) -> float:
    return 2.0


@workflow
async def main(sku: str):
    a = asyncio.ensure_future(quote_a(sku))
    b = asyncio.ensure_future(quote_b(sku))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)  # expect: WAC105, WAC201
    best = next(iter(done)).result()
    return await step("best", lambda: best)
