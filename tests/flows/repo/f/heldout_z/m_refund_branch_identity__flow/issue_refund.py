import stripe
import wmill


def main(order_id: str, amount_cents: int):
    stripe.api_key = wmill.get_variable("f/shop/stripe_key")
    refund = stripe.Refund.create(payment_intent=order_id, amount=amount_cents)
    return {"refund_id": refund.id, "status": refund.status}
