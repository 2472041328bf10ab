import wmill


def main(store_id: str):
    inv = wmill.get_resource("f/retail/inventory_api")
    rows = []
    for item in [("A-100", 3, 10), ("B-220", 0, 24)]:
        sku, on_hand, par = item
        if on_hand < par:
            rows.append({"sku": sku, "on_hand": on_hand, "reorder_qty": par - on_hand})
    return rows
