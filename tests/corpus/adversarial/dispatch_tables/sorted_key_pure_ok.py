# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the sort key reads a constant table and the item itself, the same in every round.
from wmill import task, workflow

SEVERITY = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def triage_key(ticket: dict) -> tuple[int, str]:
    return SEVERITY.get(ticket["severity"], 9), ticket["id"]


@task()
async def load_tickets(queue: str) -> list[dict]:
    return [{"id": "T-2", "severity": "low"}, {"id": "T-1", "severity": "critical"}]


@task()
async def assign(ticket_id: str) -> str:
    return f"assigned {ticket_id}"


@workflow
async def main(queue: str):
    tickets = await load_tickets(queue)
    out = []
    for ticket in sorted(tickets, key=triage_key):
        out.append(await assign(ticket["id"]))
    return out
