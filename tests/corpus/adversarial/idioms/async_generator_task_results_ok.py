# SDK: wmill 1.850.0 client.py: tasks awaited inside an async generator the body iterates are dispatched in call order (`_alloc_key`), and their results replay from the checkpoint.
from collections.abc import AsyncIterator

from wmill import task, workflow


@task()
async def fetch_page(cursor: int) -> dict:
    return {"items": [cursor], "next": cursor + 1 if cursor < 3 else None}


async def all_items(start: int) -> AsyncIterator[int]:
    cursor: int | None = start
    while cursor is not None:
        page = await fetch_page(cursor)
        for item in page["items"]:
            yield item
        cursor = page["next"]


@workflow
async def main(start: int = 0):
    return [item async for item in all_items(start)]
