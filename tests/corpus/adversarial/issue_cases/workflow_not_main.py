# SDK: wmill 1.850.0 client.py workflow() only sets func._is_workflow; Windmill runs `main`, a plain coroutine here, so nothing is checkpointed.
from wmill import task, workflow


@task()
async def fetch_feed(url: str) -> list[dict]:
    return []


@task()
async def store_items(items: list[dict]) -> int:
    return len(items)


@workflow  # expect: WAC005
async def ingest(url: str) -> int:
    items = await fetch_feed(url)
    return await store_items(items)


async def main(urls: list[str]):
    return [await ingest(u) for u in urls]
