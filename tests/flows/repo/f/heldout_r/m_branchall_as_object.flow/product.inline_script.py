def main(sku: str):
    return {"sku": sku, "ean": "4006381333931", "price": 9.99}
