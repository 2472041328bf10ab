def main(customer_id: int, amount: float, currency: str = "EUR"):
    return {"customer_id": customer_id, "amount": amount, "currency": currency}
