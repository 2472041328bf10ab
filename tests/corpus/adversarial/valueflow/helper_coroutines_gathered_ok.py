# SDK: wmill 1.850.0 client.py: coroutines of an async helper that awaits tasks, gathered with asyncio.gather, all run.
import asyncio
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

async def helper(x):
    return await t(x)

@workflow
async def main(xs: list[int]):
    jobs = [helper(x) for x in xs]
    return await asyncio.gather(*jobs)
