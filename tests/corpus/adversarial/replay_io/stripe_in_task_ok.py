# SDK: wmill 1.850.0 client.py task(): the charge is created in a task body, dispatched once and checkpointed.
import stripe

from wmill import task, workflow

stripe.api_key = "sk_test_placeholder"


@task(retry={"attempts": 2})
async def charge(customer: str, cents: int) -> str:
    intent = stripe.PaymentIntent.create(customer=customer, amount=cents, currency="eur")
    return intent.id


@task()
async def mark_paid(order_id: str, intent_id: str) -> dict:
    return {"order": order_id, "intent": intent_id}


@workflow
async def main(order_id: str, customer: str, cents: int):
    intent_id = await charge(customer, cents)
    return await mark_paid(order_id, intent_id)
