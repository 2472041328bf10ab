# SDK: wmill 1.850.0 client.py task(timeout=...): each child job carries its own timeout; a failed one surfaces as TaskError when the gather is awaited.
import asyncio

from wmill import TaskError, task, workflow


@task(timeout=10)
async def ping_region(region: str) -> float:
    return 12.5


@workflow
async def main(regions: list[str]):
    try:
        latencies = await asyncio.gather(*(ping_region(r) for r in regions))
    except TaskError:
        latencies = [float("inf")] * len(regions)
    return dict(zip(regions, latencies))
