# SDK: wmill 1.850.0 client.py: get_state / set_state call the Windmill API; both run inside steps (checkpointed), and each page of customers is a task keyed by call order.
from datetime import datetime, timezone

import wmill
from wmill import step, task, workflow


@task(timeout=120)
async def fetch_customers(stripe_key: str, created_after: int, starting_after: str) -> dict:
    return {"data": [], "has_more": False, "last_id": ""}


@task(timeout=120)
async def upsert_contacts(hubspot_token: str, customers: list) -> int:
    return len(customers)


@workflow
async def main(stripe_key: str, hubspot_token: str, max_pages: int = 50):
    state = await step("load_state", lambda: wmill.get_state() or {})
    since = int(state.get("last_sync", 0))
    started = await step("started", lambda: int(datetime.now(timezone.utc).timestamp()))
    cursor, pages, synced = "", 0, 0
    while pages < max_pages:
        page = await fetch_customers(stripe_key, since, cursor)
        synced += await upsert_contacts(hubspot_token, page["data"])
        pages += 1
        if not page["has_more"]:
            break
        cursor = page["last_id"]
    await step("save_state", lambda: wmill.set_state({"last_sync": started}))
    return {"synced": synced, "pages": pages, "since": since}
