# SDK: wmill 1.850.0 client.py workflow(): the body re-runs from the top after every suspension, so a clock read in a helper the body calls gives a new deadline on each replay (Temporal's workflow.now() was replay-safe; datetime.now is not).
"""Order saga ported from Temporal; workflow.now() reimplemented with the wall clock."""

import logging
import uuid
from datetime import datetime, timedelta, timezone

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("order_saga")

ORDER_NS = uuid.UUID("6f1d3c2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f")


def workflow_now() -> datetime:
    """Stand-in for temporalio.workflow.now()."""
    return datetime.now(timezone.utc)


@task(retry={"attempts": 3, "delay": 5})
async def reserve_inventory(order_id: str, items: list[dict]) -> dict:
    import httpx

    resp = httpx.post("https://inventory.internal/reservations", json={"order": order_id, "items": items})
    resp.raise_for_status()
    return resp.json()


@task()
async def release_inventory(reservation_id: str) -> None:
    import httpx

    httpx.delete(f"https://inventory.internal/reservations/{reservation_id}")


@task()
async def charge_payment(order_id: str, amount_cents: int) -> dict:
    import stripe

    key = str(uuid.uuid5(ORDER_NS, order_id))
    intent = stripe.PaymentIntent.create(amount=amount_cents, currency="usd", idempotency_key=key)
    return {"payment_id": intent.id}


@task()
async def shipment_ready(order_id: str) -> bool:
    import httpx

    return httpx.get(f"https://warehouse.internal/orders/{order_id}/ready").json()["ready"]


@workflow
async def main(order_id: str, items: list[dict], amount_cents: int):
    deadline = workflow_now() + timedelta(hours=2)  # expect: WAC102
    reservation = await reserve_inventory(order_id, items)
    try:
        payment = await charge_payment(order_id, amount_cents)
    except TaskError:
        await release_inventory(reservation["id"])
        return {"status": "payment_failed"}

    for _ in range(12):
        if await shipment_ready(order_id):
            return {"status": "ready", "payment": payment["payment_id"], "deadline": deadline.isoformat()}
        await sleep(600)
    log.warning("order %s not ready in time", order_id)
    return {"status": "late", "payment": payment["payment_id"]}
