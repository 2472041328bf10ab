# SDK: wmill 1.850.0 client.py task(): the result crosses as JSON, and a NamedTuple is encoded as an array; the body's totals.amount raises AttributeError on the list it gets back.
from typing import NamedTuple

from wmill import task, workflow


class Totals(NamedTuple):
    count: int
    amount: float


@task()
async def sum_invoices(customer_id: str) -> Totals:
    return Totals(count=3, amount=120.0)  # expect: WAC107


@task()
async def send_statement(customer_id: str, amount: float) -> bool:
    return True


@workflow
async def main(customer_id: str):
    totals = await sum_invoices(customer_id)
    if totals.count == 0:
        return {"customer": customer_id, "sent": False}
    return {"customer": customer_id, "sent": await send_statement(customer_id, totals.amount)}
