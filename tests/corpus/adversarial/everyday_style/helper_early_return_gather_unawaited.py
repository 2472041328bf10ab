# SDK: wmill 1.850.0 client.py: asyncio.gather(...) returned from the helper without await is a future; `await thumbnails(...)` gives that future, not the list, and the workflow's result is not JSON.
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str, width: int) -> str:
    return f"{image}@{width}"


async def thumbnails(image: str, widths: list[int]):
    if not widths:
        return []
    return asyncio.gather(*[resize(image, w) for w in widths])


@workflow
async def main(images: list[str], widths: list[int]):
    out = {}
    for image in images:
        out[image] = await thumbnails(image, widths)  # expect: WAC106
    return out
