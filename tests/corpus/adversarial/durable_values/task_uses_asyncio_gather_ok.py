# SDK: wmill 1.850.0 client.py: a task body may run its own coroutines concurrently with asyncio.gather; nothing durable is involved.
import asyncio

import httpx

from wmill import task, workflow


@task(timeout=300)
async def fetch_all(urls: list[str]) -> list[int]:
    async with httpx.AsyncClient() as client:
        responses = await asyncio.gather(*(client.get(u) for u in urls))
    return [r.status_code for r in responses]


@workflow
async def main(urls: list[str]):
    codes = await fetch_all(urls)
    return {"ok": sum(1 for c in codes if c < 400), "total": len(codes)}
