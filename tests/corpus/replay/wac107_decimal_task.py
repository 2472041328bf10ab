# Compute an invoice total with exact decimals.
from decimal import Decimal

from wmill import task, workflow


@task()
async def total(amounts: list[str]):
    return Decimal(sum(Decimal(a) for a in amounts))  # expect: WAC107


@workflow
async def main(amounts: list[str]):
    return await total(amounts)
