import wmill


def main(warehouse: str):
    rows = wmill.run_script_by_path("f/inventory/query_stock", args={"warehouse": warehouse})
    low = sorted((r for r in rows if r["on_hand"] < r["reorder_point"]), key=lambda r: r["on_hand"])
    return {"skus": [{"sku": r["sku"], "on_hand": r["on_hand"]} for r in low], "warehouse": warehouse}
