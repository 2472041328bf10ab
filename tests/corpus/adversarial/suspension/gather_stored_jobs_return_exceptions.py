# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; gather(*jobs, return_exceptions=True) over stored task coroutines returns the suspension as a result.
import asyncio
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(xs: list[int]):
    jobs = [t(x) for x in xs]
    return await asyncio.gather(*jobs, return_exceptions=True)  # expect: WAC201
