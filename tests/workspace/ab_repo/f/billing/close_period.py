# SDK: wmill 1.850.0 client.py task() (child job, result via JSON), step(); guide "Checkpoint And Replay Model"
"""Month-end close for one billing period: post the journal and lock the period."""

from wmill import step, task, workflow

from f.shared.clock import stamp
from ..shared import ids
from .clock import period_end


@task()
async def post_journal(period: str, run_id: str, started_at: str) -> dict:
    return {"period": period, "run_id": run_id, "posted_at": started_at, "entries": 42}


@task(timeout=300)
async def lock_period(period: str, closes_at: str) -> dict:
    return {"period": period, "locked": True, "closes_at": closes_at}


@workflow
async def main(period: str, dry_run: bool = False):
    started_at = stamp()  # expect: WAC102
    run_id = ids.new_id("close")  # expect: WAC102
    batch_key = ids.stable_id("close", period)
    closes_at = period_end(period).isoformat()

    journal = await post_journal(period, run_id, started_at)
    if dry_run:
        return {"journal": journal, "batch": batch_key, "dry_run": True}

    summary = await step("summary", lambda: f"{journal['entries']} entries for {period}")
    locked = await lock_period(period, closes_at)
    return {"journal": journal, "locked": locked, "summary": summary, "batch": batch_key}
