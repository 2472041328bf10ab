def main(sku: str, quantity: int, warehouse_region: str):
    return {"sku": sku, "qty": quantity, "dc": f"DC-{warehouse_region.upper()}"}
