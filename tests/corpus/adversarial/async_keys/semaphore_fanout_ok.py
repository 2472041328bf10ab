# SDK: wmill 1.850.0 client.py _next_step allocates keys in call order; a semaphore-bounded helper fan-out dispatches one task per round, in a fixed order (run: t, t_2, t_3 over four rounds, result in input order).
import asyncio

from wmill import task, workflow


@task()
async def thumbnail(key: str) -> str:
    return f"{key}.thumb.jpg"


@workflow
async def main(keys: list[str], limit: int = 4):
    gate = asyncio.Semaphore(limit)

    async def bounded(key: str) -> str:
        async with gate:
            return await thumbnail(key)

    thumbs = await asyncio.gather(*(bounded(k) for k in keys))
    return dict(zip(keys, thumbs))
