# SDK: wmill 1.850.0 client.py step() checkpoints the callback's value; billing clock is pure
"""Month-end close, labels taken from the billing calendar (same-named `stamp`)."""

from wmill import step, task, workflow

import f.shared.ids as ids
from f.shared import clock as wall
from .clock import period_end, stamp


@task()
async def post_journal(period: str, run_id: str, started_at: str) -> dict:
    return {"period": period, "run_id": run_id, "posted_at": started_at, "entries": 42}


@workflow
async def main(period: str):
    label = stamp(period)
    run_id = ids.stable_id("close", period)
    started_at = await step("started_at", lambda: wall.stamp())
    fresh_ref = await step("fresh_ref", lambda: ids.new_id("close"))
    closes_at = period_end(period).isoformat()

    journal = await post_journal(period, run_id, started_at)
    return {
        "label": label,
        "journal": journal,
        "closes_at": closes_at,
        "ref": fresh_ref,
    }
