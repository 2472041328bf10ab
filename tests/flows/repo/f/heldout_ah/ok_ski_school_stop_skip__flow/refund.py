import wmill


def main(booking_id: int, email: str, amount_cents: int, gust: float):
    stripe = wmill.get_resource("f/skischool/stripe")
    import stripe as stripe_sdk

    stripe_sdk.api_key = stripe["token"]
    refund = stripe_sdk.Refund.create(payment_intent=f"pi_{booking_id}", amount=amount_cents)
    return {"booking": booking_id, "refund": refund["id"], "email": email, "gust": gust}
