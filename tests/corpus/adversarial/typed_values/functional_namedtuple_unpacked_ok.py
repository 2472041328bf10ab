# SDK: wmill 1.850.0 client.py: the namedtuple arrives as a JSON array; unpacking it by position works on the list.
from collections import namedtuple

from wmill import task, workflow

Totals = namedtuple("Totals", ["count", "amount"])


@task()
async def sum_invoices(customer_id: str) -> tuple:
    return Totals(3, 120.0)


@workflow
async def main(customer_id: str):
    count, amount = await sum_invoices(customer_id)
    return {"customer": customer_id, "count": count, "amount": amount}
