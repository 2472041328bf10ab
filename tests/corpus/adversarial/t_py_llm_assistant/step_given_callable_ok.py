# SDK: step(name, fn) calls fn() and awaits it when it returns a coroutine; lambdas, functools.partial and async defs are all callables
import functools

import httpx
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


async def page_oncall(ticket_id: str) -> str:
    """Page the on-call engineer; returns the incident id."""
    async with httpx.AsyncClient() as http:
        resp = await http.post("https://events.pagerduty.com/v2/enqueue", json={"dedup_key": ticket_id})
        return resp.json().get("dedup_key", ticket_id)


@workflow
async def main(ticket_id: str, body: str) -> dict:
    """Triage the ticket, tell the team, page on P1."""
    result = await triage(ticket_id=ticket_id, body=body)
    await step("post_summary", functools.partial(post_summary, ticket_id, result["priority"]))
    if result["priority"] == "p1":
        incident = await step("page_oncall", lambda: page_oncall(ticket_id))
        result = {**result, "incident": incident}
    return result
