# SDK: wmill 1.850.0 client.py: only `step`/task results are replayed; an async generator the body iterates runs its HTTP requests in the body on every replay.
from collections.abc import AsyncIterator

import httpx
from wmill import task, workflow


async def pages(base_url: str, token: str) -> AsyncIterator[list[dict]]:
    cursor = None
    async with httpx.AsyncClient(base_url=base_url) as client:
        while True:
            resp = await client.get("/contacts", params={"cursor": cursor}, headers={"Authorization": token})
            body = resp.json()
            yield body["items"]
            cursor = body.get("next")
            if not cursor:
                return


@task()
async def upsert_contacts(rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(base_url: str, token: str):
    total = 0
    async for batch in pages(base_url, token):  # expect: WAC101
        total += await upsert_contacts(batch)
    return {"total": total}
