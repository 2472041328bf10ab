# SDK: wmill 1.850.0 task_script(): keyword arguments named after render_label's main parameters
from wmill import task_script, workflow

LABELS = "f/fulfilment/render_label"

render_label = task_script(LABELS, timeout=120)


@workflow
async def main(order_ids: list, carrier: str = "dhl", dpi: int = 300):
    labels = []
    for order_id in order_ids:
        labels.append(await render_label(order_id=order_id, carrier=carrier, dpi=dpi))
    return {"labels": labels}
