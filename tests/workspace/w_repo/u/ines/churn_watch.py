# SDK: wmill 1.850.0 task()/workflow(): the suspension signal the SDK raises to stop the body derives from BaseException, so a wrapper catching BaseException around a task swallows it; notifier_for("slack").notify posts to Slack from the body.
"""Weekly churn watch: score each patient and warn the care team."""

from wmill import step, task, workflow

from .helpers import churn_score, notifier_for, with_retries


@with_retries(3)
@task()
async def fetch_events(patient_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://emr.internal/patients/{patient_id}/events")
        return r.json()


@workflow
async def main(patient_ids: list[str], channel: str = "#care-team", notify: str = "slack"):
    scores = {}
    for pid in patient_ids:
        events = await fetch_events(pid)  # expect: WAC101, WAC201
        scores[pid] = churn_score(events or [])
    at_risk = sorted(p for p, s in scores.items() if s > 0.7)
    if at_risk:
        notifier_for(notify).notify(channel, f"{len(at_risk)} patients at risk")  # expect: WAC101
    return await step("result", lambda: {"at_risk": at_risk, "scores": scores})
