# SDK: wmill 1.850.0 client.py: task calls allocate keys in call order; the list is built in input order and every coroutine is gathered.
import asyncio

from wmill import task, workflow


@task()
async def resize(image: str, width: int, height: int) -> str:
    return f"{image}@{width}x{height}"


SIZES: tuple[tuple[int, int], ...] = ((64, 64), (256, 256), (1024, 768))


@workflow
async def main(images: list[str]):
    jobs = [resize(img, *size) for img in images for size in SIZES]
    results = await asyncio.gather(*jobs)
    return {"variants": list(results)}
