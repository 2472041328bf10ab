# SDK: wmill 1.850.0 client.py task(): dataclasses.asdict gives plain dicts, which cross JSON unchanged; the body reads them by key.
from dataclasses import asdict, dataclass

from wmill import task, workflow


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    sku: str
    amount: float


@task()
async def load_lines(invoice_id: str) -> list[dict]:
    rows = [("a-1", 12.0), ("b-2", 3.5)]
    return [asdict(InvoiceLine(sku, amount)) for sku, amount in rows]


@task()
async def book_total(invoice_id: str, total: float) -> bool:
    return True


@workflow
async def main(invoice_id: str):
    lines = await load_lines(invoice_id)
    total = sum(line["amount"] for line in lines)
    return await book_total(invoice_id, total)
