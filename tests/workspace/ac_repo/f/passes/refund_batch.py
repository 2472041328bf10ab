"""Refund batch: refund the passes of a cancelled event day, post a summary to Slack."""

from wmill import step, task, workflow

from f.common import post_slack  # expect: WAC403
from f.common.tasks import refund_pass

FULL_DAY_CENTS = 8900


@task()
async def cancelled_passes(event_day: str) -> list[dict]:
    import requests

    return requests.get(f"https://passes.resort.example/cancelled/{event_day}", timeout=20).json()


@workflow
async def main(event_day: str, partial_refund_pct: int = 100):
    passes = await cancelled_passes(event_day)
    refunded, failed = [], []
    for p in passes:
        amount = FULL_DAY_CENTS * partial_refund_pct // 100
        result = await refund_pass(p["id"], amount)
        if result == (True, 200):  # expect: WAC107
            refunded.append(p["id"])
        else:
            failed.append(p["id"])
    text = f"{event_day}: {len(refunded)} refunded, {len(failed)} failed"
    await step("slack", lambda: post_slack(text))
    return {"refunded": refunded, "failed": failed}
