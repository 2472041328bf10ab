# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; a dict built by a comprehension over a set of strings is in the set's per-process order, and so are the tasks it dispatches (a wmill task call allocates its key when called).
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str, width: int) -> str:
    return f"{image}@{width}"


@workflow
async def main(images: list[str], width: int = 640):
    unique = {i.lower() for i in images}
    jobs = {name: resize(name, width) for name in unique}  # expect: WAC105
    done = await asyncio.gather(*jobs.values())
    return dict(zip(jobs, done))
