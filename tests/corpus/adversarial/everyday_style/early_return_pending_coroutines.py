# SDK: wmill 1.850.0 client.py _run_workflow_async: the body's return value is the run's result; the early `return jobs` hands back a list of coroutines, not the resized images.
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str, width: int) -> str:
    return f"{image}@{width}"


@workflow
async def main(image: str, widths: list[int], preview: bool = False):
    jobs = [resize(image, w) for w in widths]
    if preview:
        return jobs  # expect: WAC106
    return await asyncio.gather(*jobs)
