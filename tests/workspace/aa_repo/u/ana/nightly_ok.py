# SDK: wmill 1.850.0 task_script(path) returns an async callable taking keyword args only; step() checkpoints the lambda's value
from wmill import step, task_script, workflow

from f.lib.cycle_a import plain_name
from f.lib.clock import BUSINESS_TZ
from f.lib.report import summarize
from f.lib.tasks import send_receipt

ship_label = task_script("f/orders/ship_label", timeout=300)
order_report = task_script("f/lib/report")


@workflow
async def main(orders: list[dict], region: str = "eu", tz: str = BUSINESS_TZ, notify: bool = True):
    lines = [line for order in orders for line in order["lines"]]
    summary = summarize(lines)
    report = await order_report(region=region, lines=lines, limit=500)

    labels = []
    for order in orders:
        label = await ship_label(order_id=order["id"], carrier="ups", weight_grams=order.get("grams", 500))
        labels.append({"order": plain_name(order["id"]), "label": label})
        if notify and order.get("email"):
            await send_receipt(order["id"], order["email"], locale="de")

    finished = await step("finished_at", lambda: __import__("datetime").datetime.now().isoformat())
    return {"summary": summary, "report": report, "labels": labels, "finished": finished, "tz": tz}
