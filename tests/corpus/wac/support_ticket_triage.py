# Triage a support ticket: capture when it was received (checkpointed, so a
# replay sees the same timestamp), classify it, and route it.
from datetime import datetime, timezone

from wmill import task, workflow, step
import requests


@task(timeout=120)
async def classify_ticket(subject: str, body: str) -> dict:
    resp = requests.post("https://llm-gateway.example/v1/classify", json={"text": f"{subject}\n\n{body}", "labels": ["billing", "bug", "question", "outage"]}, timeout=60)
    return resp.json()


@task()
async def page_on_call(ticket_id: str, summary: str):
    requests.post("https://events.pagerduty.example/v2/enqueue", json={"event_action": "trigger", "payload": {"summary": summary, "source": ticket_id, "severity": "critical"}}, timeout=30)


@task()
async def assign_queue(ticket_id: str, queue: str, received_at: str):
    requests.put(f"https://helpdesk.example/api/tickets/{ticket_id}", json={"queue": queue, "received_at": received_at}, timeout=30)


@workflow
async def main(ticket_id: str, subject: str, body: str):
    received_at = await step("received_at", lambda: datetime.now(timezone.utc).isoformat())
    label = await classify_ticket(subject, body)
    if label["label"] == "outage":
        await page_on_call(ticket_id, subject)
        queue = "incidents"
    elif label["label"] == "billing":
        queue = "billing"
    else:
        queue = "tier1"
    await assign_queue(ticket_id, queue, received_at)
    return {"ticket_id": ticket_id, "queue": queue, "confidence": label.get("confidence")}
