# SDK: wmill 1.850.0 client.py: task results are replayed from the checkpoint, so sums over them are the same each round; `datetime.fromisoformat` of an input is no clock read.
from datetime import datetime

from wmill import task, workflow


@task()
async def open_invoices(account: str) -> list[dict]:
    return [{"id": "inv_1", "due": "2026-01-01T00:00:00+00:00", "amount": 120}]


@task()
async def send_statement(account: str, total: int, overdue: int) -> bool:
    return True


@workflow
async def main(account: str, as_of: str):
    cutoff = datetime.fromisoformat(as_of)
    invoices = await open_invoices(account)
    total = sum(inv["amount"] for inv in invoices)
    overdue = sum(1 for inv in invoices if datetime.fromisoformat(inv["due"]) < cutoff)
    return await send_statement(account, total, overdue)
