# SDK: wmill 1.850.0 client.py: coroutines collected in a list and passed to asyncio.gather are all awaited there.
import asyncio
from wmill import task, workflow
@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(xs: list[int]):
    jobs = []
    for x in xs:
        jobs.append(t(x))
    return await asyncio.gather(*jobs)
