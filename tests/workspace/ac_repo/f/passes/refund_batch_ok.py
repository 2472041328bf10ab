"""Refund batch: the refund result is a dict, and Slack is posted from its module."""

from wmill import step, task, workflow

from f.common.tasks import refund_pass_ok


FULL_DAY_CENTS = 8900


@task()
async def cancelled_passes(event_day: str) -> list[dict]:
    import requests

    return requests.get(f"https://passes.resort.example/cancelled/{event_day}", timeout=20).json()


def _post_slack(text: str) -> None:
    import requests

    requests.post("https://hooks.slack.example/T000/B000", json={"text": text}, timeout=10)


@workflow
async def main(event_day: str, partial_refund_pct: int = 100):
    passes = await cancelled_passes(event_day)
    refunded, failed = [], []
    for p in passes:
        amount = FULL_DAY_CENTS * partial_refund_pct // 100
        result = await refund_pass_ok(p["id"], amount)
        if result["ok"] and result["status"] == 200:
            refunded.append(p["id"])
        else:
            failed.append(p["id"])
    text = f"{event_day}: {len(refunded)} refunded, {len(failed)} failed"
    await step("slack", lambda: _post_slack(text))
    return {"refunded": refunded, "failed": failed}
