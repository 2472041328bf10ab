# SDK: wmill 1.850.0 task results cross JSON with default=str (client.py _json_round_trip / worker wrapper): a pydantic model or Decimal comes back as its str()
from decimal import Decimal

from pydantic import BaseModel
from wmill import task, step, workflow


class LineItem(BaseModel):
    code: str
    description: str
    amount: Decimal


class Invoice(BaseModel):
    invoice_id: str
    owner_id: str
    items: list[LineItem]
    total: Decimal


@task()
async def build_invoice(visit: dict) -> Invoice:
    items = [LineItem(code=i["code"], description=i["desc"], amount=Decimal(str(i["price"]))) for i in visit["items"]]
    return Invoice(  # expect: WAC107
        invoice_id=f"INV-{visit['id']}",
        owner_id=visit["owner_id"],
        items=items,
        total=sum((i.amount for i in items), Decimal("0")),
    )


@task()
async def charge_card(owner_id: str, amount_cents: int) -> dict:
    import stripe

    intent = stripe.PaymentIntent.create(customer=owner_id, amount=amount_cents, currency="usd", confirm=True)
    return {"id": intent.id, "status": intent.status}


@workflow
async def main(visit: dict, discount_pct: int = 0):
    invoice = await build_invoice(visit)
    discount = await step(
        "discount",
        lambda: Decimal(discount_pct) / Decimal(100) * Decimal(str(visit["subtotal"])),
    )
    to_pay = Decimal(str(visit["subtotal"])) - Decimal(str(discount))
    payment = await charge_card(visit["owner_id"], int(to_pay * 100))
    return {"invoice": invoice, "payment": payment}
