# SDK: wmill 1.850.0 client.py: _checked_retry accepts attempts/delay/multiplier/max_delay, sleep(seconds) is a durable sleep, a sha256 of the inputs is the same in every round.
"""Checkout ported from DBOS (@DBOS.workflow / @DBOS.step with retries, DBOS.sleep)."""

import hashlib
import logging

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("checkout")

PAYMENT_RETRY = {"attempts": 5, "delay": 2, "multiplier": 2, "max_delay": 60}


@task(retry=PAYMENT_RETRY)
async def create_payment(cart_id: str, amount_cents: int, idempotency_key: str) -> dict:
    import httpx

    resp = httpx.post(
        "https://payments.internal/v1/payments",
        json={"cart": cart_id, "amount": amount_cents},
        headers={"Idempotency-Key": idempotency_key},
    )
    resp.raise_for_status()
    return resp.json()


@task()
async def payment_status(payment_id: str) -> str:
    import httpx

    return httpx.get(f"https://payments.internal/v1/payments/{payment_id}").json()["status"]


@task()
async def fulfil(cart_id: str, payment_id: str) -> dict:
    import httpx

    return httpx.post(f"https://orders.internal/carts/{cart_id}/fulfil", json={"payment": payment_id}).json()


def idempotency_key(cart_id: str, user_id: str) -> str:
    return hashlib.sha256(f"checkout:{cart_id}:{user_id}".encode()).hexdigest()


@workflow
async def main(cart_id: str, user_id: str, amount_cents: int, poll_every: int = 30):
    key = idempotency_key(cart_id, user_id)
    try:
        payment = await create_payment(cart_id, amount_cents, key)
    except TaskError as exc:
        log.error("payment failed for cart %s: %s", cart_id, exc)
        return {"cart_id": cart_id, "status": "payment_failed"}

    status = payment["status"]
    polls = 0
    while status == "pending" and polls < 20:
        await sleep(poll_every)
        status = await payment_status(payment["id"])
        polls += 1

    if status != "succeeded":
        return {"cart_id": cart_id, "status": status}
    order = await fulfil(cart_id, payment["id"])
    return {"cart_id": cart_id, "status": "fulfilled", "order_id": order["id"]}
