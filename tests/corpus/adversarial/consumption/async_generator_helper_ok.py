# SDK: wmill 1.850.0 client.py: tasks awaited inside an async generator the body iterates with `async for` are awaited in order, one per page.
from typing import AsyncIterator

from wmill import task, workflow


@task()
async def fetch_page(cursor: int) -> dict:
    return {"items": [cursor], "next": cursor + 1 if cursor < 3 else None}


async def pages(start: int) -> AsyncIterator[list[int]]:
    cursor: int | None = start
    while cursor is not None:
        page = await fetch_page(cursor)
        yield page["items"]
        cursor = page["next"]


@workflow
async def main(start: int = 0):
    collected: list[int] = []
    async for items in pages(start):
        collected.extend(items)
    return collected
