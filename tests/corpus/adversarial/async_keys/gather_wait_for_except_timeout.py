# SDK: wmill 1.850.0 client.py _next_step: every task in the gather suspends the round at once, so the wait_for timeouts never fire there; a timeout caught in the child job that runs one of them lets that job's body run on.
import asyncio

from wmill import task, workflow


@task()
async def ping_region(region: str) -> float:
    return 12.5


@workflow
async def main(regions: list[str]):
    try:
        latencies = await asyncio.gather(*(asyncio.wait_for(ping_region(r), 10) for r in regions))
    except asyncio.TimeoutError:  # expect: WAC204
        latencies = [float("inf")] * len(regions)
    return dict(zip(regions, latencies))
