from pydantic import BaseModel, Field
from typing import Dict, List, Optional


class Line(BaseModel):
    sku: str = Field(alias="SKU")
    qty: int = 1
    attrs: Dict[str, int] = {}


class Invoice(BaseModel):
    lines: List[Line]
    note: Optional[str] = Field(None, description="free text")
    meta: list[dict[str, int]] = []


def main(invoice: Invoice, lines: List[Line] = []):
    return invoice
