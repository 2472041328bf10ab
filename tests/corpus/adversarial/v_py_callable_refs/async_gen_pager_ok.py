# SDK: wmill 1.850.0: a task awaited inside an async generator the body drives with async for is a durable call in body order
"""Ticket export: an async generator pages through the helpdesk with one task per page."""
from typing import AsyncIterator

from wmill import task, workflow


@task()
async def fetch_page(view_id: str, cursor: str | None) -> dict:
    import httpx
    import wmill

    zd = wmill.get_resource("f/support/zendesk")
    params = {"page[size]": 100}
    if cursor:
        params["page[after]"] = cursor
    r = httpx.get(f"{zd['url']}/api/v2/views/{view_id}/tickets", params=params, auth=(zd["user"], zd["token"]))
    r.raise_for_status()
    return r.json()


@task()
async def export_batch(tickets: list[dict]) -> int:
    import wmill

    wmill.write_s3_file(f"exports/tickets-{tickets[0]['id']}.json", str(tickets).encode())
    return len(tickets)


async def pages(view_id: str) -> AsyncIterator[list[dict]]:
    cursor = None
    while True:
        page = await fetch_page(view_id, cursor)
        yield page["tickets"]
        if not page["meta"]["has_more"]:
            return
        cursor = page["meta"]["after_cursor"]


@workflow
async def main(view_id: str):
    exported = 0
    async for tickets in pages(view_id):
        if tickets:
            exported += await export_batch(tickets)
    return {"exported": exported}
