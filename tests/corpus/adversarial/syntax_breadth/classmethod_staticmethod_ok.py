# SDK: wmill 1.850.0 client.py: only I/O, clocks and randomness differ between replays; pure class/static methods over inputs and task results are deterministic body code.
from __future__ import annotations

from dataclasses import dataclass

from wmill import task, workflow


@dataclass(frozen=True)
class LineItem:
    sku: str
    qty: int
    unit_cents: int

    @classmethod
    def from_row(cls, row: dict) -> LineItem:
        return cls(sku=row["sku"], qty=int(row["qty"]), unit_cents=int(row["unit_cents"]))

    @staticmethod
    def tax_rate(country: str) -> float:
        return {"DE": 0.19, "FR": 0.2}.get(country, 0.0)

    @property
    def total_cents(self) -> int:
        return self.qty * self.unit_cents


@task()
async def load_cart(cart_id: str) -> list[dict]:
    return [{"sku": "A", "qty": 2, "unit_cents": 500}]


@task()
async def create_invoice(cart_id: str, net_cents: int, tax_cents: int) -> str:
    return "inv_1"


@workflow
async def main(cart_id: str, country: str = "DE"):
    items = [LineItem.from_row(r) for r in await load_cart(cart_id)]
    net = sum(i.total_cents for i in items)
    tax = round(net * LineItem.tax_rate(country))
    invoice = await create_invoice(cart_id, net, tax)
    return {"invoice": invoice, "net": net, "tax": tax}
