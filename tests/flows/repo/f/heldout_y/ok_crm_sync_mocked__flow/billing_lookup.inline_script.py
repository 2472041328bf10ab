import stripe
import wmill


def main(account_id: str):
    stripe.api_key = wmill.get_variable("f/billing/stripe_key")
    sub = stripe.Subscription.list(customer=account_id, limit=1).data[0]
    return {"plan": sub["plan"]["nickname"], "mrr": sub["plan"]["amount"] / 100}
