# SDK: wmill 1.850.0 client.py: the CPUs this process may run on depend on the worker replaying the round; the body sizes the fan-out from them.
import os

from wmill import parallel, task, workflow


@task()
async def render(page: int) -> str:
    return f"page-{page}.png"


@workflow
async def main(pages: int):
    width = len(os.sched_getaffinity(0))  # expect: WAC102
    return await parallel(list(range(pages)), render, concurrency=width)
