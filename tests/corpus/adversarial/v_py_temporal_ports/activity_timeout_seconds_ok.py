# SDK: wmill 1.850.0 task(): timeout is int seconds; sleep() does max(1, int(seconds)) so a float from total_seconds() is accepted
"""Ported from Temporal: timeouts kept as timedelta constants but converted to seconds at the boundary."""
from datetime import timedelta

import httpx
import wmill
from wmill import sleep, task, workflow

RESERVE_TIMEOUT = int(timedelta(minutes=5).total_seconds())
SETTLE_DELAY = timedelta(hours=2)


@task(timeout=RESERVE_TIMEOUT)
async def reserve_inventory(order_id: str, skus: list[str]) -> dict:
    res = wmill.get_resource("u/ops/warehouse_api")
    async with httpx.AsyncClient(base_url=res["url"], timeout=30) as client:
        r = await client.post("/reservations", json={"order": order_id, "skus": skus})
        r.raise_for_status()
        return r.json()


@task(timeout=int(timedelta(minutes=10).total_seconds()), tag="payments")
async def settle(order_id: str) -> dict:
    res = wmill.get_resource("u/ops/psp")
    async with httpx.AsyncClient(base_url=res["url"]) as client:
        r = await client.post(f"/orders/{order_id}/settle")
        r.raise_for_status()
        return r.json()


@workflow
async def main(order_id: str, skus: list[str]):
    reservation = await reserve_inventory(order_id, skus)
    if not reservation.get("ok"):
        return {"status": "out_of_stock"}
    # Temporal's workflow.sleep(SETTLE_DELAY) -> durable sleep in seconds
    await sleep(SETTLE_DELAY.total_seconds())
    settled = await settle(order_id)
    return {"status": settled.get("state", "unknown")}
