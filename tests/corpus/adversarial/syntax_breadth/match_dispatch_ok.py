# SDK: wmill 1.850.0 client.py: task results are checkpointed (`_next_step`), so a `match` on them takes the same arm on every replay; each arm only awaits tasks.
from typing import Literal

from wmill import task, workflow


@task()
async def classify_ticket(ticket_id: str) -> dict:
    return {"kind": "refund", "amount": 42}


@task()
async def issue_refund(ticket_id: str, amount: int) -> str:
    return f"refunded {amount}"


@task()
async def escalate(ticket_id: str, reason: str) -> str:
    return f"escalated: {reason}"


@workflow
async def main(ticket_id: str, mode: Literal["auto", "manual"] = "auto"):
    verdict = await classify_ticket(ticket_id)
    match verdict:
        case {"kind": "refund", "amount": int(amount)} if mode == "auto" and amount < 100:
            outcome = await issue_refund(ticket_id, amount)
        case {"kind": "refund"}:
            outcome = await escalate(ticket_id, "refund above auto limit")
        case {"kind": str(other)}:
            outcome = await escalate(ticket_id, f"unhandled kind {other}")
        case _:
            outcome = "ignored"
    return {"ticket": ticket_id, "outcome": outcome}
