# SDK: wmill 1.850.0 client.py: asyncio.gather(*(t(x) for x in xs)) awaits every task coroutine the generator yields.
import asyncio
from wmill import task, workflow
@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(xs: list[int]):
    return await asyncio.gather(*(t(x) for x in xs))
