def main(shortfall: list):
    return {"purchase_orders": [{"sku": l["sku"], "qty": l["qty"]} for l in shortfall]}
