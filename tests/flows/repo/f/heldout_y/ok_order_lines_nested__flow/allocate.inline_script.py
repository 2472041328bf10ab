WAREHOUSES = {"NL": "AMS", "DE": "FRA", "FR": "CDG"}


def main(order_id: str, sku: str, qty: int, country: str, line_no: int):
    return {
        "order_id": order_id,
        "line": line_no,
        "sku": sku,
        "qty": qty,
        "warehouse": WAREHOUSES.get(country, "AMS"),
    }
