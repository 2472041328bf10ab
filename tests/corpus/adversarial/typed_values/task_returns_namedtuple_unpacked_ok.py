# SDK: wmill 1.850.0 client.py task(): the NamedTuple arrives as a JSON array; unpacking it by position works on the list just as on the tuple.
from typing import NamedTuple

from wmill import task, workflow


class Totals(NamedTuple):
    count: int
    amount: float


@task()
async def sum_invoices(customer_id: str) -> Totals:
    return Totals(count=3, amount=120.0)


@task()
async def send_statement(customer_id: str, amount: float) -> bool:
    return True


@workflow
async def main(customer_id: str):
    count, amount = await sum_invoices(customer_id)
    if count == 0:
        return {"customer": customer_id, "sent": False}
    return {"customer": customer_id, "sent": await send_statement(customer_id, amount)}
