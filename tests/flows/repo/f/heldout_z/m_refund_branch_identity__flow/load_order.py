import wmill


def main(order_id: str):
    db = wmill.get_resource("f/shop/postgres")
    # the real query lives in f/shop/lib; keep the shape here
    return {"order_id": order_id, "amount_cents": 12000, "currency": "EUR", "db": db["host"]}
