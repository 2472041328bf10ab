# SDK: wmill 1.850.0 task() merges args onto the decorated signature; a missing required parameter fails the child job; task_script(path) dispatches the deployed script
from wmill import step, task_script, workflow

from f.lib.clock import BUSINESS_TZ
from f.lib.report import summarize
from f.lib.tasks import send_receipt
from f.sandbox.draft import pick_warehouse  # expect: WAC403

ship_label = task_script("f/orders/ship_label")
draft_run = task_script("f/sandbox/draft")  # expect: WAC401


@workflow
async def main(orders: list[dict], tz: str = BUSINESS_TZ, notify: bool = True):  # expect: WAC901
    lines = [line for order in orders for line in order["lines"]]
    summary = summarize(lines)

    labels = []
    for order in orders:
        warehouse = await step(f"warehouse_{order['id']}", lambda: pick_warehouse(["ber-1", "ham-2"]))  # expect: WAC103
        labels.append(await ship_label(order_id=order["id"], carrier="dhl"))
        await draft_run(order_id=order["id"])
        if notify:
            await send_receipt(order["id"], locale="de")  # expect: WAC402

    return {"summary": summary, "labels": labels, "warehouse": warehouse, "tz": tz}
