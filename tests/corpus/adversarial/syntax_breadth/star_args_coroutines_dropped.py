# SDK: wmill 1.850.0 client.py `_run_workflow_async`: a task coroutine that is never awaited still allocates its key, but its result and failure are lost; here the gathered list is built and the gather itself never awaited.
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str, width: int, height: int) -> str:
    return f"{image}@{width}x{height}"


SIZES: tuple[tuple[int, int], ...] = ((64, 64), (256, 256))


@workflow
async def main(images: list[str]):
    jobs = [resize(img, *size) for img in images for size in SIZES]
    asyncio.gather(*jobs)  # expect: WAC106
    return {"count": len(jobs)}
