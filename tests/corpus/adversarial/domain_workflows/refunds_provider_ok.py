# SDK: wmill 1.850.0 client.py: the refund runs in a task (its own job, checkpointed); its idempotency key is derived from the order id, and TaskError is what a failed task raises in the body.
import stripe
from wmill import TaskError, task, workflow


@task()
async def load_order(order_id: str) -> dict:
    return {"id": order_id, "charge": "ch_1", "amount": 1200, "email": "a@example.com"}


@task(retry={"attempts": 3, "delay": 10, "multiplier": 2})
async def create_refund(charge: str, amount: int, stripe_key: str, idem: str) -> dict:
    stripe.api_key = stripe_key
    refund = stripe.Refund.create(charge=charge, amount=amount, idempotency_key=idem)
    return {"id": refund["id"], "status": refund["status"]}


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
    refund = await create_refund(order["charge"], amount, stripe_key, f"refund-{order_id}-{amount}")
    try:
        await mark_refunded(order_id, refund["id"])
    except TaskError as e:
        return {"refund": refund["id"], "warning": f"not marked: {e}"}
    await email_customer(order["email"], amount)
    return {"refund": refund["id"], "amount": amount}
