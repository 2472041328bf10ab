# SDK: wmill 1.850.0 task(): arguments and results cross a job boundary as JSON
from dataclasses import dataclass, field
from typing import TypedDict

from pydantic import BaseModel


@dataclass
class Invoice:
    number: str
    customer_id: str
    amount_cents: int
    lines: list[dict] = field(default_factory=list)


class InvoiceRow(TypedDict):
    number: str
    customer_id: str
    amount_cents: int


class Customer(BaseModel):
    id: str
    email: str
    vat_id: str | None = None


def invoice_from_row(row: dict) -> Invoice:
    return Invoice(number=row["number"], customer_id=row["customer"], amount_cents=int(row["amount"]))


def row_from_dict(row: dict) -> InvoiceRow:
    return {"number": row["number"], "customer_id": row["customer"], "amount_cents": int(row["amount"])}
