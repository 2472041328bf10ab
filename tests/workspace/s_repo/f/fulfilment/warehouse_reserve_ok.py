# SDK: wmill 1.850.0 step(): the reservation runs inside a step; building the client does no I/O
from wmill import step, task, workflow

from f.common.clients import WarehouseClient, client_for


@task()
async def confirm_order(order_id: str, reservations: list) -> dict:
    return {"order_id": order_id, "reserved": len(reservations)}


@workflow
async def main(order_id: str, wms_url: str, wms_token: str, lines: list):
    wms = client_for(wms_url, wms_token)
    audit = WarehouseClient(wms_url, "")
    reservations = []
    for line in lines:
        res = await step("reserve_line", lambda line=line: wms.reserve(line["sku"], line["qty"]))
        reservations.append(res["id"])
    confirmation = await confirm_order(order_id, reservations)
    return {**confirmation, "audit": audit.url("log")}
