# SDK: wmill 1.850.0 task_script/task_flow defined in f/common/scripts.py; render_label needs
# carrier, the restock flow's schema has sku and quantity
from wmill import workflow

from f.common.scripts import render_label, restock


@workflow
async def main(order_id: str, sku: str, shortfall: int):
    label = await render_label(order_id=order_id)  # expect: WAC402
    await restock(sku=sku, qty=shortfall)  # expect: WAC402
    return {"label": label}
