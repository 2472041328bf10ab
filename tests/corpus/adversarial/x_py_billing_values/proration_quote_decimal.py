# SDK: wmill 1.850.0 a task's result is the child job's JSON result (default=str): a Decimal comes back as the string "12.34"
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
async def prorate(customer_id: str, old_price: str, new_price: str, days_left: int, days_in_cycle: int):
    ratio = Decimal(days_left) / Decimal(days_in_cycle)
    delta = (Decimal(new_price) - Decimal(old_price)) * ratio
    quote = Quote(customer_id, days_left, delta.quantize(CENT, rounding=ROUND_HALF_UP))
    return quote.total  # expect: WAC107


@task(timeout=120)
async def post_adjustment(customer_id: str, amount: str) -> str:
    import stripe

    item = stripe.InvoiceItem.create(customer=customer_id, amount=int(Decimal(amount) * 100), currency="eur")
    return item["id"]


@workflow
async def main(customer_id: str, old_price: str, new_price: str, days_left: int, days_in_cycle: int = 30):
    amount = await prorate(customer_id, old_price, new_price, days_left, days_in_cycle)
    adjustment = await post_adjustment(customer_id, str(amount))
    return {"customer": customer_id, "amount": str(amount), "item": adjustment}
