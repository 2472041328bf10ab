import stripe


def main(customer_id: str, amount: int, currency: str = "eur", idempotency_key: str | None = None):
    charge = stripe.PaymentIntent.create(
        customer=customer_id,
        amount=amount,
        currency=currency,
        idempotency_key=idempotency_key,
    )
    return {"id": charge.id, "status": charge.status}
