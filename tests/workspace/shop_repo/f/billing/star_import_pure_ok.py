from f.shared.money import *
from wmill import task, workflow


@task()
async def charge(customer: str, cents: int, label: str) -> str:
    return f"{customer}:{label}"


@workflow
async def main(customer: str, amount: float):
    cents = to_cents(amount)
    return await charge(customer, cents, format_eur(cents))
