# SDK: wmill 1.850.0 task_flow args are sent to the flow as JSON (default=str on the dispatch); dataclasses.asdict keeps a date field a date and a Decimal a Decimal, each written as its str()
"""Dunning: for each overdue invoice, start the dunning flow with the invoice's fields."""
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from wmill import task, task_flow, workflow

dunning = task_flow("f/billing/dunning_sequence")


@dataclass
class OverdueInvoice:
    invoice_id: str
    customer_email: str
    amount_due: Decimal
    due_on: date


@task(timeout=300)
async def overdue_invoices(as_of: str) -> list[dict]:
    import psycopg

    async with await psycopg.AsyncConnection.connect("postgresql://billing/ro") as conn:
        cur = await conn.execute(
            "select id, email, amount_due::text, due_on::text from invoices where due_on < %s and paid_at is null",
            (as_of,),
        )
        rows = await cur.fetchall()
    return [{"id": r[0], "email": r[1], "amount": r[2], "due": r[3]} for r in rows]


@workflow
async def main(as_of: str, max_invoices: int = 200):
    rows = await overdue_invoices(as_of)
    started = []
    for row in rows[:max_invoices]:
        inv = OverdueInvoice(row["id"], row["email"], Decimal(row["amount"]), date.fromisoformat(row["due"]))
        run = await dunning(**asdict(inv))  # expect: WAC107
        started.append(run)
    return {"started": len(started)}
