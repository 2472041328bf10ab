# SDK: wmill 1.850.0 client.py: gather(..., return_exceptions=True) over plain coroutines that run no task, step or sleep cannot swallow a suspension.
import asyncio
from wmill import step, workflow

async def ping(x):
    return x

@workflow
async def main(xs: list[int]):
    rs = await step("ping", lambda: 1)
    out = await asyncio.gather(*[ping(x) for x in xs], return_exceptions=True)
    return [rs, out]
