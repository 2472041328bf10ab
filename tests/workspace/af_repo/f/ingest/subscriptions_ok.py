"""Subscription events (the fixed copy): the batch id is a step, the reconciliation a task."""

from f.lib.ids import new_batch_id
from f.lib.tasks import load_partition
from f.lib.warehouse import warehouse
from wmill import step, task, workflow

PAGE = 500


@task(timeout=300)
async def pull_changes(since: str, cursor: str | None) -> dict:
    import requests

    resp = requests.get(
        "https://billing.internal/v2/subscription_events",
        params={"since": since, "cursor": cursor or "", "limit": PAGE},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()


@task()
async def stage(batch_id: str, events: list[dict]) -> int:
    warehouse.query("insert into staging.subscription_events select * from json_populate_recordset(null::staging.subscription_events, %s)", (events,))
    return len(events)


@task()
async def drift(table: str, batch_id: str) -> int:
    return warehouse.query(f"select count(*) from {table} where batch_id = %s", (batch_id,))[0][0]


@workflow
async def main(since: str, day: str):
    batch_id = await step("batch_id", lambda: new_batch_id("subs"))
    cursor = None
    staged = 0
    while True:
        page = await pull_changes(since, cursor)
        staged += await stage(batch_id, page["events"])
        cursor = page.get("next")
        if not cursor:
            break
    part = await load_partition("subscription_events", day)
    target = warehouse.table_name("subscription_events", day)
    missing = await drift(target, batch_id)
    return {"batch": batch_id, "staged": staged, "loaded": part["rows"], "drift": missing}
