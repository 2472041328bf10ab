def main(sku: str, quantity: int):
    return {"sku": sku, "po_line": quantity}
