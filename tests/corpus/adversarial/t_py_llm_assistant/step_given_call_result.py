# SDK: step(name, fn) calls fn() itself (_run_inline_step: result = fn()); step("x", post_summary(...)) runs post_summary in the body first and then hands step its return value (None), and None() raises TypeError
import requests
from wmill import step, task, workflow

WEBHOOK = "https://hooks.slack.com/services/T1/B2/C3"


@task()
async def triage(ticket_id: str, body: str) -> dict:
    """Classify a support ticket."""
    urgent = any(w in body.lower() for w in ("outage", "down", "data loss"))
    return {"ticket_id": ticket_id, "priority": "p1" if urgent else "p3"}


def post_summary(ticket_id: str, priority: str) -> None:
    """Post the triage summary to the support channel."""
    requests.post(WEBHOOK, json={"text": f"{ticket_id} triaged as {priority}"}, timeout=10)


@workflow
async def main(ticket_id: str, body: str) -> dict:
    """Triage the ticket and tell the team."""
    result = await triage(ticket_id=ticket_id, body=body)
    await step("post_summary", post_summary(ticket_id, result["priority"]))  # expect: WAC101, WAC301
    return result
