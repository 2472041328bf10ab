# SDK: wmill 1.850.0 client.py task(): dataclasses.asdict recurses into nested dataclasses and lists, giving dicts of str and float that cross JSON unchanged.
from dataclasses import asdict, dataclass, field

from wmill import task, workflow


@dataclass(slots=True)
class Line:
    sku: str
    amount: float


@dataclass(slots=True)
class Invoice:
    number: str
    lines: list[Line] = field(default_factory=list)


@task()
async def build_invoice(number: str) -> dict:
    invoice = Invoice(number, [Line("a-1", 12.0), Line("b-2", 3.5)])
    return asdict(invoice)


@task()
async def send_invoice(number: str, total: float) -> bool:
    return True


@workflow
async def main(number: str):
    invoice = await build_invoice(number)
    total = sum(line["amount"] for line in invoice["lines"])
    return await send_invoice(invoice["number"], total)
