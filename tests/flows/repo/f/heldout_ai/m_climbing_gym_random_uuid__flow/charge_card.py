import stripe
import wmill


def main(customer_id: str, amount_cents: int, idempotency_key: str, description: str):
    stripe.api_key = wmill.get_variable("f/climbing_gym/stripe_secret")
    intent = stripe.PaymentIntent.create(
        customer=customer_id,
        amount=amount_cents,
        currency="eur",
        off_session=True,
        confirm=True,
        description=description,
        idempotency_key=idempotency_key,
    )
    return {"customer": customer_id, "status": intent.status, "id": intent.id}
