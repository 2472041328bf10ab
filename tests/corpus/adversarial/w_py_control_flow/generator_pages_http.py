# SDK: wmill 1.850.0 client.py — only task/step calls are checkpointed; a plain generator that GETs pages runs its requests wherever the body iterates it, on every replay
from collections.abc import Iterator

import httpx
from wmill import task, workflow

API = "https://tickets.example.com/api/v1"


def open_tickets(queue: str) -> Iterator[dict]:
    url: str | None = f"{API}/queues/{queue}/tickets?status=open"
    while url:
        page = httpx.get(url, timeout=15).json()
        yield from page["tickets"]
        url = page.get("next")


@task()
async def escalate(ticket_id: str, reason: str) -> str:
    r = httpx.post(f"{API}/tickets/{ticket_id}/escalate", json={"reason": reason})
    return r.json()["status"]


@workflow
async def main(queue: str, sla_hours: int = 24):
    escalated = []
    for ticket in open_tickets(queue):  # expect: WAC101
        if ticket["age_hours"] > sla_hours:
            escalated.append(await escalate(ticket["id"], f"older than {sla_hours}h"))
    return {"escalated": len(escalated)}
