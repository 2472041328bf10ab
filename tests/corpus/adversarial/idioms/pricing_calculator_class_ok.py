# SDK: wmill 1.850.0 client.py: the body re-runs on replay; a class that only computes from its fields (no clock, no I/O) gives the same answer every round.
from dataclasses import dataclass, field

from wmill import task, workflow


@dataclass
class PriceBook:
    currency: str
    rates: dict[str, float] = field(default_factory=lambda: {"seat": 12.0, "gb": 0.25})
    discounts: dict[str, float] = field(default_factory=dict)

    def line_total(self, sku: str, qty: int) -> float:
        base = self.rates.get(sku, 0.0) * qty
        return round(base * (1 - self.discounts.get(sku, 0.0)), 2)

    def total(self, usage: dict[str, int]) -> float:
        return round(sum(self.line_total(sku, qty) for sku, qty in usage.items()), 2)


@task()
async def fetch_usage(account: str) -> dict[str, int]:
    return {"seat": 14, "gb": 300}


@task()
async def save_quote(account: str, amount: float, currency: str) -> str:
    return f"quote-{account}"


@workflow
async def main(account: str, currency: str = "EUR", seat_discount: float = 0.1):
    usage = await fetch_usage(account)
    book = PriceBook(currency, discounts={"seat": seat_discount})
    amount = book.total(usage)
    return await save_quote(account, amount, book.currency)
