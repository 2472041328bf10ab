# SDK: wmill 1.850.0 a task's result is the child job's JSON result: a str of the Decimal and an int of cents survive it unchanged
"""Mid-cycle plan change: quote the proration, and credit the customer when it is negative."""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from wmill import task, workflow

CENT = Decimal("0.01")


@dataclass
class Quote:
    customer_id: str
    days_left: int
    total: Decimal


@task(timeout=120)
async def prorate(customer_id: str, old_price: str, new_price: str, days_left: int, days_in_cycle: int) -> dict:
    ratio = Decimal(days_left) / Decimal(days_in_cycle)
    delta = (Decimal(new_price) - Decimal(old_price)) * ratio
    quote = Quote(customer_id, days_left, delta.quantize(CENT, rounding=ROUND_HALF_UP))
    return {"amount": str(quote.total), "cents": int(quote.total * 100), "days_left": quote.days_left}


@task(timeout=120)
async def post_adjustment(customer_id: str, cents: int) -> str:
    import stripe

    item = stripe.InvoiceItem.create(customer=customer_id, amount=cents, currency="eur")
    return item["id"]


@workflow
async def main(customer_id: str, old_price: str, new_price: str, days_left: int, days_in_cycle: int = 30):
    quote = await prorate(customer_id, old_price, new_price, days_left, days_in_cycle)
    adjustment = await post_adjustment(customer_id, quote["cents"])
    return {"customer": customer_id, "amount": quote["amount"], "item": adjustment, "credit": Decimal(quote["amount"]) < 0}
