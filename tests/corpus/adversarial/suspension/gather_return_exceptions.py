# SDK: wmill 1.850.0 client.py + asyncio: gather(return_exceptions=True) returns each child's _StepSuspend as a value, so no task is dispatched.
import asyncio

from wmill import task, workflow


@task()
async def ping_region(region: str) -> float:
    return 42.0


@workflow
async def main(regions: list[str]):
    results = await asyncio.gather(*(ping_region(r) for r in regions), return_exceptions=True)  # expect: WAC201
    latencies = {r: v for r, v in zip(regions, results) if isinstance(v, float)}
    failed = [r for r, v in zip(regions, results) if not isinstance(v, float)]
    return {"latencies": latencies, "failed": failed}
