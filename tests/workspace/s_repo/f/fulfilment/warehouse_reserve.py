# SDK: wmill 1.850.0 workflow(); f/common/clients: make_client reads os.environ, reserve does httpx.post
from wmill import task, workflow

from f.common.clients import make_client


@task()
async def confirm_order(order_id: str, reservations: list) -> dict:
    return {"order_id": order_id, "reserved": len(reservations)}


@workflow
async def main(order_id: str, region: str, lines: list):
    wms = make_client(region)  # expect: WAC102
    reservations = []
    for line in lines:
        res = wms.reserve(line["sku"], line["qty"])  # expect: WAC101
        reservations.append(res["id"])
    return await confirm_order(order_id, reservations)
