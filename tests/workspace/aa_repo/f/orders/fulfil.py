# SDK: wmill 1.850.0 _StepSuspend is a BaseException, so a bare except in a helper swallows it; a task dispatched inside a step callback is not a checkpointed step of the workflow
import asyncio

from wmill import step, task, workflow

from f.lib.durable import charge_and_notify, rollback
from f.lib.kit import safe_charge


@task()
async def reserve_stock(order_id: str, skus: list[str]) -> dict:
    import requests

    resp = requests.post("https://wms.internal/reserve", json={"order": order_id, "skus": skus})
    resp.raise_for_status()
    return resp.json()


@task()
async def book_courier(order_id: str, warehouse: str) -> str:
    import requests

    resp = requests.post("https://courier.internal/book", json={"order": order_id, "from": warehouse})
    return resp.json()["tracking"]


@workflow
async def main(order: dict, express: bool = False):
    reservation = await reserve_stock(order["id"], [l["sku"] for l in order["lines"]])
    if not reservation.get("ok"):
        return {"status": "out_of_stock"}

    if express:
        charge = await step("express_charge", lambda: charge_and_notify(order))  # expect: WAC304
    else:
        charge = await safe_charge(order)  # expect: WAC201

    if charge is None:
        rollback(reservation["id"])  # expect: WAC106
        return {"status": "payment_failed"}

    tracking = await book_courier(order["id"], reservation["warehouse"])
    await asyncio.sleep(0)
    return {"status": "booked", "tracking": tracking, "charge": charge}
