# SDK: wmill 1.850.0 client.py task: with `path=` the step dispatches the script at that path, whose job args are JSON (`default=str`): a Decimal arrives as a string.
from decimal import Decimal

from wmill import task, workflow


@task(path="f/billing/charge_card")
async def charge_card(customer: str, amount: Decimal) -> str:
    return "ch_1"


@workflow
async def main(customer: str, cents: int):
    amount = Decimal(cents) / 100
    return await charge_card(customer, amount)  # expect: WAC107
