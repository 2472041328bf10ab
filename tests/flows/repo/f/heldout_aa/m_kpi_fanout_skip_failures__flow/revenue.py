import wmill
import stripe


def main(week: str):
    stripe.api_key = wmill.get_variable("f/finance/stripe_secret")
    total = 0
    for charge in stripe.Charge.list(limit=100).auto_paging_iter():
        if charge.paid:
            total += charge.amount
    return {"metric": "revenue", "week": week, "value": total / 100}
