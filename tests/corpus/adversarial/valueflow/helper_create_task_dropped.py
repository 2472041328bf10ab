# SDK: wmill 1.850.0 client.py: asyncio.create_task of a helper coroutine whose result is never awaited loses the tasks' results and failures.
import asyncio
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

async def helper(x):
    return await t(x)

@workflow
async def main(x: int):
    asyncio.create_task(helper(x))  # expect: WAC106
    return 1
