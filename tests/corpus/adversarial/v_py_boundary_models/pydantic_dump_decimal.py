# SDK: wmill 1.850.0 step(): fn's result goes through json.dumps(default=str); model_dump() keeps a Decimal field a Decimal
"""Invoice totals computed in a step from a validated pydantic model."""
from decimal import Decimal

from pydantic import BaseModel, Field

from wmill import step, task, workflow


class InvoiceTotals(BaseModel):
    invoice_id: str
    subtotal: Decimal
    tax: Decimal = Field(default=Decimal("0"))
    currency: str = "EUR"


@task()
async def load_lines(invoice_id: str) -> list[dict]:
    import wmill

    db = wmill.datatable()
    return db.query("select sku, qty, unit_price from invoice_lines where invoice_id = $1", invoice_id).fetch()


def compute(invoice_id: str, lines: list[dict]) -> dict:
    subtotal = sum((Decimal(str(l["unit_price"])) * l["qty"] for l in lines), Decimal("0"))
    totals = InvoiceTotals(invoice_id=invoice_id, subtotal=subtotal, tax=subtotal * Decimal("0.2"))
    return totals.model_dump()  # expect: WAC107


@workflow
async def main(invoice_id: str):
    lines = await load_lines(invoice_id)
    totals = await step("totals", lambda: compute(invoice_id, lines))
    if totals["subtotal"] + totals["tax"] > 10_000:
        return {"invoice": invoice_id, "review": True}
    return {"invoice": invoice_id, "review": False, "totals": totals}
