import stripe


def main(stripe_key: str, accounts: list, price_id: str):
    stripe.api_key = stripe_key
    changed = 0
    for acc in accounts:
        subs = stripe.Subscription.list(customer=acc["account_id"], status="active", limit=1)
        if not subs.data:
            continue
        sub = subs.data[0]
        stripe.Subscription.modify(sub.id, items=[{"id": sub["items"]["data"][0].id, "price": price_id}], proration_behavior="none")
        changed += 1
    return {"changed": changed}
