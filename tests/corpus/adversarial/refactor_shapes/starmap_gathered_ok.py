# SDK: wmill 1.850.0 client.py a task call returns an awaitable from _next_step; itertools.starmap over the task, unpacked into asyncio.gather, awaits every one.
import asyncio
import itertools

from wmill import task, workflow


@task()
async def transfer(source: str, target: str) -> str:
    return f"{source}->{target}"


@workflow
async def main(pairs: list):
    moved = await asyncio.gather(*itertools.starmap(transfer, pairs))
    return {"moved": moved}
