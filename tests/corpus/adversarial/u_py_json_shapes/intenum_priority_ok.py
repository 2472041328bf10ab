# SDK: wmill 1.850.0 json.dumps writes an IntEnum member as its int value; the body compares the result with the member, and IntEnum == int holds
from enum import IntEnum

from wmill import task, workflow


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


@task()
async def classify(ticket: dict) -> Priority:
    text = (ticket.get("subject", "") + " " + ticket.get("body", "")).lower()
    if any(w in text for w in ("outage", "down", "data loss")):
        return Priority.URGENT
    if "invoice" in text or "billing" in text:
        return Priority.NORMAL
    return Priority.LOW


@task()
async def route(ticket_id: int, queue: str) -> None:
    import requests

    requests.put(f"https://acme.zendesk.com/api/v2/tickets/{ticket_id}.json", json={"ticket": {"group_id": queue}}, timeout=15)


@workflow
async def main(ticket: dict):
    prio = await classify(ticket)
    if prio == Priority.URGENT:
        await route(ticket["id"], "incident-desk")
    elif prio >= Priority.NORMAL:
        await route(ticket["id"], "billing")
    else:
        await route(ticket["id"], "self-serve")
    return {"priority": int(prio)}
