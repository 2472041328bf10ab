def main(orders_key: str, refunds_key: str, orders_rows: int):
    return {"loaded": [orders_key, refunds_key], "orders_rows": orders_rows}
