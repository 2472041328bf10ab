"""Scale a recipe to a batch size, order the malt and restock the taproom."""

import wmill
from wmill import step, task_flow, workflow

from f.brew.lib.paths import ORDER_MALT, RESTOCK_FLOW

restock = task_flow(RESTOCK_FLOW)


@workflow
async def main(recipe: str, batch_l: float, malt_kg_per_hl: float, supplier: str = "weyermann"):
    kg = round(malt_kg_per_hl * batch_l / 100, 1)
    order = await step(
        "order_malt",
        lambda: wmill.run_script_by_path(ORDER_MALT, args={"supplier": supplier, "malt": recipe, "kg": kg}),
    )
    refill = await restock(beer=recipe, kegs=max(1, int(batch_l // 20)))
    return {"order": order, "kg": kg, "refill": refill}
