import psycopg2  # noqa: F401


class postgresql(dict):
    pass


def main(db: postgresql, order_id: str):
    return {"id": order_id, "email": "buyer@example.com", "lines": [{"sku": "A1", "qty": 2}]}
