# SDK: wmill 1.850.0 task(): timeout is Optional[int] and is copied as-is into the dispatch info (_next_step); a timedelta is no int seconds
"""Ported from a Temporal workflow: execute_activity(start_to_close_timeout=...) became @task(timeout=...)."""
from datetime import timedelta

import httpx
import wmill
from wmill import task, workflow

ACTIVITY_TIMEOUT = timedelta(minutes=10)


@task(timeout=timedelta(minutes=5))  # expect: WAC302
async def reserve_inventory(order_id: str, skus: list[str]) -> dict:
    res = wmill.get_resource("u/ops/warehouse_api")
    async with httpx.AsyncClient(base_url=res["url"], timeout=30) as client:
        r = await client.post("/reservations", json={"order": order_id, "skus": skus})
        r.raise_for_status()
        return r.json()


@task(timeout=600, tag="payments")
async def capture_payment(order_id: str, amount_cents: int) -> dict:
    res = wmill.get_resource("u/ops/psp")
    async with httpx.AsyncClient(base_url=res["url"]) as client:
        r = await client.post(f"/orders/{order_id}/capture", json={"amount": amount_cents})
        r.raise_for_status()
        return r.json()


@workflow
async def main(order_id: str, skus: list[str], amount_cents: int):
    reservation = await reserve_inventory(order_id, skus)
    if not reservation.get("ok"):
        return {"status": "out_of_stock", "missing": reservation.get("missing", [])}
    payment = await capture_payment(order_id, amount_cents)
    return {"status": "captured", "payment_id": payment["id"]}
