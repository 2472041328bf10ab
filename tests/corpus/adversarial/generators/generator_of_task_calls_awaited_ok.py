# SDK: wmill 1.850.0 client.py _next_step: a generator yielding task coroutines that the body gathers awaits every one of them.
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str) -> str:
    return image + "@2x"


def resize_all(images: list[str]):
    for image in images:
        yield resize(image)


@workflow
async def main(images: list[str]):
    resized = await asyncio.gather(*resize_all(images))
    return {"resized": list(resized)}
