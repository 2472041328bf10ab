"""Billing models shared by the billing and ops workflows."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal, TypedDict

Region = Literal["eu", "us", "apac"]
REGIONS: tuple[str, ...] = ("eu", "us", "apac")
Segment = Literal["smb", "mid", "enterprise"]


class LineItem(TypedDict):
    sku: str
    qty: int
    unit_cents: int


@dataclass
class Invoice:
    invoice_id: str
    customer: str
    lines: list[LineItem] = field(default_factory=list)
    issued_on: date | None = None

    @property
    def total_cents(self) -> int:
        return sum(line["qty"] * line["unit_cents"] for line in self.lines)

    def to_row(self) -> dict:
        return {
            "invoice_id": self.invoice_id,
            "customer": self.customer,
            "total_cents": self.total_cents,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
        }


def build_invoice(invoice_id: str, customer: str, lines: list[LineItem]) -> Invoice:
    return Invoice(invoice_id=invoice_id, customer=customer, lines=lines, issued_on=None)


def due_date(issued: date, terms_days: int = 30) -> date:
    return issued + timedelta(days=terms_days)


def cutoff(period_end: datetime) -> datetime:
    return period_end - timedelta(hours=6)


def vat(amount_cents: int, rate: str = "0.20") -> Decimal:
    return (Decimal(amount_cents) * Decimal(rate)).quantize(Decimal("1"))
