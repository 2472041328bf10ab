# SDK: wmill 1.850.0 client.py: an async generator the body iterates with `async for` awaits each task before yielding; the suspension propagates out of `__anext__`.
from wmill import task, workflow


@task()
async def fetch_page(cursor: int) -> dict:
    return {"items": [cursor], "next": cursor + 1 if cursor < 3 else None}


async def pages(start: int):
    cursor = start
    while cursor is not None:
        page = await fetch_page(cursor)
        yield page["items"]
        cursor = page["next"]


@workflow
async def main(start: int = 0):
    items = []
    async for batch in pages(start):
        items.extend(batch)
    return items
