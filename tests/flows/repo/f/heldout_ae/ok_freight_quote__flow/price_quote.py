MARGIN = 0.18


def main(customer_id: str, carrier: str, base_price: float):
    price = round(base_price * (1 + MARGIN), 2)
    return {"customer_id": customer_id, "carrier": carrier, "price": price, "currency": "EUR"}
