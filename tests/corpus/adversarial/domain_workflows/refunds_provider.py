# SDK: wmill 1.850.0 client.py: the body reruns in every round; stripe.Refund.create in the body refunds again on every replay, and the idempotency key from uuid4 is new each round.
import uuid

import stripe
from wmill import TaskError, task, workflow


@task()
async def load_order(order_id: str) -> dict:
    return {"id": order_id, "charge": "ch_1", "amount": 1200, "email": "a@example.com"}


@task()
async def mark_refunded(order_id: str, refund_id: str) -> bool:
    return True


@task()
async def email_customer(email: str, amount: int) -> bool:
    return True


@workflow
async def main(order_id: str, stripe_key: str, partial_cents: int = 0):
    order = await load_order(order_id)
    amount = partial_cents or order["amount"]
    if amount > order["amount"]:
        raise ValueError("refund larger than the charge")
    stripe.api_key = stripe_key
    key = str(uuid.uuid4())  # expect: WAC102
    refund = stripe.Refund.create(charge=order["charge"], amount=amount, idempotency_key=key)  # expect: WAC101
    try:
        await mark_refunded(order_id, refund["id"])
    except TaskError:
        pass
    await email_customer(order["email"], amount)
    return {"refund": refund["id"], "amount": amount}
