def main(sku: str, units: list):
    on_hand = sum(units)
    return {"sku": sku, "reorder": on_hand < 20, "on_hand": on_hand}
