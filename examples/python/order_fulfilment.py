# A correct WAC workflow: every side effect sits behind a task or a step.
import asyncio
from datetime import datetime, timezone

import requests
from wmill import TaskError, step, task, task_script, wait_for_approval, workflow

charge_card = task_script("f/payments/charge_card", timeout=120)


@task(timeout=600, tag="etl")
async def load_order(order_id: str) -> dict:
    return requests.get(f"https://shop.example.com/orders/{order_id}", timeout=30).json()


@task()
async def reserve_stock(sku: str, quantity: int) -> bool:
    resp = requests.post("https://stock.example.com/reserve", json={"sku": sku, "qty": quantity})
    return resp.ok


@task()
async def ship(order: dict) -> str:
    return requests.post("https://ship.example.com/labels", json=order).json()["tracking"]


@workflow
async def main(order_id: str, approve_over: float = 500.0):
    order = await load_order(order_id)
    reserved = await asyncio.gather(
        *[reserve_stock(line["sku"], line["qty"]) for line in order["lines"]]
    )
    if not all(reserved):
        return {"status": "out_of_stock"}

    if order["total"] > approve_over:
        approval = await wait_for_approval(timeout=3600)
        if not approval["approved"]:
            return {"status": "rejected"}

    try:
        await charge_card(order_id=order_id, amount=order["total"])
    except TaskError:
        return {"status": "payment_failed"}

    shipped_at = await step("shipped_at", lambda: datetime.now(timezone.utc).isoformat())
    tracking = await ship(order)
    return {"status": "shipped", "tracking": tracking, "shipped_at": shipped_at}
