# SDK: wmill 1.850.0 client.py: as_completed wraps each task coroutine in an asyncio task and every one is awaited in the loop.
import asyncio

from wmill import task, workflow


@task()
async def probe(url: str) -> dict:
    return {"url": url, "up": True}


@workflow
async def main(urls: list[str]):
    up = 0
    for next_done in asyncio.as_completed([probe(u) for u in urls]):
        result = await next_done
        up += 1 if result["up"] else 0
    return {"up": up, "total": len(urls)}
