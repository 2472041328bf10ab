# SDK: wmill 1.850.0 client.py: `parallel` and `map` dispatch in the iterable's order; `sorted(set(...))` fixes that order for every replay, and each task is given one string.
import asyncio

from wmill import parallel, task, workflow


@task()
async def resize(image: str) -> str:
    return image + "@640"


@workflow
async def main(images: list[str]):
    unique = set(images)
    first = await parallel(sorted(unique), resize, concurrency=4)
    second = await asyncio.gather(*map(resize, sorted(unique)))
    return first + list(second)
