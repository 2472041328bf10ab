"""Subscription events: pull the billing provider's changes since the last run, load, reconcile."""

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


@workflow
async def main(since: str, day: str):
    batch_id = new_batch_id("subs")  # expect: WAC102
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
    drift = warehouse.query(f"select count(*) from {target} where batch_id = %s", (batch_id,))  # expect: WAC101
    await step("reconciled", lambda: {"staged": staged, "loaded": part["rows"]})
    return {"batch": batch_id, "staged": staged, "drift": drift[0][0]}
