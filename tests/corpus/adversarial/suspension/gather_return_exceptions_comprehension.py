# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; asyncio.gather(..., return_exceptions=True) returns it as a result instead of propagating it.
import asyncio
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(xs: list[int]):
    return await asyncio.gather(*[t(x) for x in xs], return_exceptions=True)  # expect: WAC201
