# SDK: wmill 1.850.0 client.py: Decimal arithmetic in the body is fine; the value crosses the checkpoint as a string the task parses back.
from decimal import Decimal

from wmill import task, workflow


@task()
async def charge(amount: str) -> str:
    return str(Decimal(amount) * 100)


@workflow
async def main(lines: list[str]):
    total = sum((Decimal(x) for x in lines), Decimal("0"))
    return await charge(str(total.quantize(Decimal("0.01"))))
