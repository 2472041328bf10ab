# SDK: wmill 1.850.0 client.py task(): JSON with default=str turns a Decimal into a string; the caller's arithmetic then fails or concatenates.
from decimal import Decimal

from wmill import task, workflow


@task()
async def invoice_total(lines: list[dict]) -> Decimal:
    total = sum((Decimal(str(l["amount"])) for l in lines), Decimal("0"))
    return total.quantize(Decimal("0.01"))  # expect: WAC107


@task()
async def charge(amount_cents: int) -> str:
    return f"charged {amount_cents}"


@workflow
async def main(lines: list[dict]):
    total = await invoice_total(lines)
    return await charge(int(float(total) * 100))
