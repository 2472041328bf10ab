# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __iter__ yields from a list a task returned (checkpointed), so the loop dispatches the same tasks in the same order.
from collections.abc import Iterator

from wmill import task, workflow


class Tickets:
    def __init__(self, items: list) -> None:
        self.items = items

    def __iter__(self) -> Iterator[dict]:
        for item in self.items:
            if item.get("status") == "open":
                yield item


@task()
async def list_tickets(base: str, token: str) -> list:
    return []


@task()
async def triage(ticket_id: str, subject: str) -> str:
    return "low"


@workflow
async def main(base: str, token: str):
    out = []
    for t in Tickets(await list_tickets(base, token)):
        out.append(await triage(t["id"], t["subject"]))
    return out
