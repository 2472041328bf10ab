import wmill


def main(day: str, shop: str):
    book = wmill.get_resource("f/bakery/order_book")
    return [
        {"sku": o["sku"], "qty": o["qty"], "customer": o["customer"]}
        for o in book["orders"]
        if o["day"] == day and o["shop"] == shop and o["qty"] > 0
    ]
