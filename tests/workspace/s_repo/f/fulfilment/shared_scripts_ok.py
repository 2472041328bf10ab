# SDK: wmill 1.850.0 task_script/task_flow wrappers imported from f/common/scripts.py
from wmill import workflow

from f.common.scripts import render_label, restock


@workflow
async def main(order_id: str, sku: str, shortfall: int, carrier: str = "ups"):
    label = await render_label(order_id=order_id, carrier=carrier, copies=2)
    if shortfall > 0:
        await restock(sku=sku, quantity=shortfall)
    return {"label": label}
