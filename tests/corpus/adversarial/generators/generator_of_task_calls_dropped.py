# SDK: wmill 1.850.0 client.py _next_step: each task call queues its step and returns a coroutine; a generator yielding them, listed and never awaited, leaves the coroutines unawaited.
from wmill import task, workflow


@task()
async def resize(image: str) -> str:
    return image + "@2x"


def resize_all(images: list[str]):
    for image in images:
        yield resize(image)


@workflow
async def main(images: list[str]):
    jobs = list(resize_all(images))  # expect: WAC106
    return {"queued": len(jobs)}
