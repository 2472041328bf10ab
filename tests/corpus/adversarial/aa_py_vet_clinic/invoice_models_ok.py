# SDK: wmill 1.850.0 task/step results cross JSON: model_dump(mode="json") turns Decimal into str, so the body sees the same value every replay
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
async def build_invoice(visit: dict) -> dict:
    items = [LineItem(code=i["code"], description=i["desc"], amount=Decimal(str(i["price"]))) for i in visit["items"]]
    invoice = Invoice(
        invoice_id=f"INV-{visit['id']}",
        owner_id=visit["owner_id"],
        items=items,
        total=sum((i.amount for i in items), Decimal("0")),
    )
    return invoice.model_dump(mode="json")


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
        lambda: str(Decimal(discount_pct) / Decimal(100) * Decimal(str(visit["subtotal"]))),
    )
    to_pay = Decimal(str(visit["subtotal"])) - Decimal(discount)
    payment = await charge_card(visit["owner_id"], int(to_pay * 100))
    return {"invoice": invoice, "payment": payment, "total": invoice["total"]}
