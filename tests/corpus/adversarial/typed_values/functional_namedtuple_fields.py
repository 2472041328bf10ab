# SDK: wmill 1.850.0 client.py: a collections.namedtuple instance is a tuple, encoded as a JSON array; the body's totals.amount fails on the list.
from collections import namedtuple

from wmill import task, workflow

Totals = namedtuple("Totals", ["count", "amount"])


@task()
async def sum_invoices(customer_id: str) -> tuple:
    return Totals(3, 120.0)  # expect: WAC107


@workflow
async def main(customer_id: str):
    totals = await sum_invoices(customer_id)
    return {"customer": customer_id, "amount": totals.amount}
