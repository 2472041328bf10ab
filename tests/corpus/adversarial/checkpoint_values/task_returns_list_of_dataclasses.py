# SDK: wmill 1.850.0 client.py task(): json.dumps(default=str) turns each dataclass in the list into its repr string, so line.amount raises AttributeError on the strs the body gets back.
from dataclasses import dataclass

from wmill import task, workflow


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    sku: str
    amount: float


@task()
async def load_lines(invoice_id: str) -> list[InvoiceLine]:
    rows = [("a-1", 12.0), ("b-2", 3.5)]
    return [InvoiceLine(sku, amount) for sku, amount in rows]  # expect: WAC107


@task()
async def book_total(invoice_id: str, total: float) -> bool:
    return True


@workflow
async def main(invoice_id: str):
    lines = await load_lines(invoice_id)
    total = sum(line.amount for line in lines)
    return await book_total(invoice_id, total)
