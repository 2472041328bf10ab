# Compute an invoice total with exact decimals, returned as a string.
from decimal import Decimal

from wmill import task, workflow


@task()
async def total(amounts: list[str]) -> str:
    return str(sum(Decimal(a) for a in amounts))


@workflow
async def main(amounts: list[str]):
    return await total(amounts)
