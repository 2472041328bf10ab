# SDK: wmill 1.850.0 client.py workflow() returns the function itself; calling main from its own body runs a second copy of the body in the same context instead of Temporal's continue_as_new (the guide: "Do not call main").
"""Mailbox sync ported from Temporal; continue_as_new turned into a recursive call of main."""

import logging

from wmill import sleep, task, workflow

log = logging.getLogger("mailbox_sync")

PAGES_PER_RUN = 50


@task()
async def sync_page(mailbox: str, cursor: str | None) -> dict:
    import httpx

    resp = httpx.get(f"https://mail.internal/{mailbox}/messages", params={"cursor": cursor or ""})
    resp.raise_for_status()
    data = resp.json()
    return {"next": data.get("next_cursor"), "count": len(data["messages"])}


@workflow
async def main(mailbox: str, cursor: str | None = None, synced: int = 0):
    for _ in range(PAGES_PER_RUN):
        page = await sync_page(mailbox, cursor)
        synced += page["count"]
        cursor = page["next"]
        if cursor is None:
            return {"mailbox": mailbox, "synced": synced}
        await sleep(2)
    log.info("continuing %s as new after %d messages", mailbox, synced)
    return await main(mailbox=mailbox, cursor=cursor, synced=synced)  # expect: WAC006
