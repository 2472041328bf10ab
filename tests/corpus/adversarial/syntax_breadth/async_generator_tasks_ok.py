# SDK: wmill 1.850.0 client.py: a task call allocates its key in call order (`_alloc_key`); an async generator that awaits tasks one by one dispatches them in the same order on every replay.
from collections.abc import AsyncIterator

from wmill import task, workflow


@task()
async def fetch_page(feed: str, page: int) -> dict:
    return {"items": [], "more": page < 3}


@task()
async def store_items(items: list[dict]) -> int:
    return len(items)


async def walk_feed(feed: str) -> AsyncIterator[list[dict]]:
    page = 0
    while True:
        result = await fetch_page(feed, page)
        yield result["items"]
        if not result["more"]:
            break
        page += 1


@workflow
async def main(feed: str):
    stored = 0
    async for items in walk_feed(feed):
        stored += await store_items(items)
    return {"stored": stored}
