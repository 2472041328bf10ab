# SDK: wmill 1.850.0 client.py: gather awaits every task coroutine of the list; the helper returns early only before creating any.
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str, width: int) -> str:
    return f"{image}@{width}"


async def thumbnails(image: str, widths: list[int]) -> list[str]:
    if not widths:
        return []
    return await asyncio.gather(*[resize(image, w) for w in widths])


@workflow
async def main(images: list[str], widths: list[int]):
    out = {}
    for image in images:
        out[image] = await thumbnails(image, widths)
    return out
