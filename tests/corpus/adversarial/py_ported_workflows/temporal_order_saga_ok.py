# SDK: wmill 1.850.0 client.py: TaskError is an Exception raised for a failed task (the _StepSuspend is a BaseException and passes `except TaskError`), step() checkpoints the clock read, uuid5 of the inputs is the same in every round.
"""Order saga ported from a Temporal workflow: reserve, charge, ship, with compensations."""

import logging
import uuid
from datetime import datetime, timedelta, timezone

from wmill import TaskError, step, task, workflow

log = logging.getLogger("order_saga")

ORDER_NS = uuid.UUID("6f1d3c2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f")


@task(retry={"attempts": 3, "delay": 5, "multiplier": 2})
async def reserve_inventory(order_id: str, items: list[dict], idempotency_key: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://inventory.internal") as client:
        resp = await client.post("/reservations", json={"order": order_id, "items": items, "key": idempotency_key})
        resp.raise_for_status()
        return resp.json()


@task()
async def release_inventory(reservation_id: str) -> None:
    import httpx

    async with httpx.AsyncClient(base_url="https://inventory.internal") as client:
        await client.delete(f"/reservations/{reservation_id}")


@task(retry={"attempts": 2, "delay": 30})
async def charge_payment(order_id: str, amount_cents: int, idempotency_key: str) -> dict:
    import stripe

    intent = stripe.PaymentIntent.create(amount=amount_cents, currency="usd", idempotency_key=idempotency_key)
    return {"payment_id": intent.id, "status": intent.status}


@task()
async def refund_payment(payment_id: str) -> None:
    import stripe

    stripe.Refund.create(payment_intent=payment_id)


@task(timeout=900)
async def ship_order(order_id: str, address: dict) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://shipping.internal/shipments", json={"order": order_id, "to": address})
        resp.raise_for_status()
        return resp.json()


def saga_key(order_id: str, stage: str) -> str:
    # Temporal's workflow.uuid4() is replay-safe; uuid5 of the inputs is too.
    return str(uuid.uuid5(ORDER_NS, f"{order_id}:{stage}"))


@workflow
async def main(order_id: str, items: list[dict], amount_cents: int, address: dict):
    started = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())
    deadline = datetime.fromisoformat(started) + timedelta(hours=2)
    log.info("order %s must ship before %s", order_id, deadline.isoformat())

    reservation = await reserve_inventory(order_id, items, saga_key(order_id, "reserve"))
    try:
        payment = await charge_payment(order_id, amount_cents, saga_key(order_id, "charge"))
    except TaskError as exc:
        log.warning("charge failed for %s: %s", order_id, exc)
        await release_inventory(reservation["id"])
        return {"order_id": order_id, "status": "payment_failed"}

    try:
        shipment = await ship_order(order_id, address)
    except TaskError:
        await refund_payment(payment["payment_id"])
        await release_inventory(reservation["id"])
        return {"order_id": order_id, "status": "shipping_failed"}

    return {
        "order_id": order_id,
        "status": "shipped",
        "tracking": shipment.get("tracking_number"),
        "deadline": deadline.isoformat(),
    }
