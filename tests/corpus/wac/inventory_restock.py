# Check stock levels for every SKU of a warehouse and place reorders for the
# ones under their threshold.
from wmill import task, task_script, workflow

get_stock_levels = task_script("f/inventory/get_stock_levels")
place_purchase_order = task_script("f/inventory/place_purchase_order", tag="erp")


@task()
async def reorder_quantity(sku: dict) -> int:
    shortfall = sku["target"] - sku["on_hand"]
    pack = sku.get("pack_size", 1)
    return ((shortfall + pack - 1) // pack) * pack


@workflow
async def main(warehouse_id: str):
    levels = await get_stock_levels(warehouse_id=warehouse_id)
    ordered = []
    for sku in levels:
        if sku["on_hand"] < sku["reorder_point"]:
            qty = await reorder_quantity(sku)
            po = await place_purchase_order(warehouse_id=warehouse_id, sku=sku["sku"], quantity=qty, supplier=sku["supplier"])
            ordered.append({"sku": sku["sku"], "quantity": qty, "po": po["number"]})
    return {"warehouse": warehouse_id, "ordered": ordered}
