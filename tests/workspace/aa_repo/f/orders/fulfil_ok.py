# SDK: wmill 1.850.0 TaskError(Exception) is what a failed task raises; except Exception lets _StepSuspend (BaseException) through
from wmill import TaskError, step, task, workflow

from f.lib.durable import careful_charge, charge_and_notify, rollback


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
    reservation = await reserve_stock(order["id"], [line["sku"] for line in order["lines"]])
    if not reservation.get("ok"):
        return {"status": "out_of_stock"}

    if express:
        try:
            charge = await charge_and_notify(order)
        except TaskError as err:
            await step("charge_error", lambda: str(err))
            charge = None
    else:
        charge = await careful_charge(order)

    if charge is None:
        await rollback(reservation["id"])
        return {"status": "payment_failed"}

    tracking = await book_courier(order["id"], reservation["warehouse"])
    return {"status": "booked", "tracking": tracking, "charge": charge}
