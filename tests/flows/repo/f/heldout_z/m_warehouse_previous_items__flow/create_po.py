def main(sku: str, quantity: int):
    return {"po": f"PO-{sku}", "quantity": quantity}
