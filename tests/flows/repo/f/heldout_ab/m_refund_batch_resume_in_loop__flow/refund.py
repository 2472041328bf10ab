import stripe
import wmill


def main(order_id: str):
    stripe.api_key = wmill.get_variable("f/shop/stripe_key")
    charge = stripe.Charge.search(query=f"metadata['order_id']:'{order_id}'").data[0]
    refund = stripe.Refund.create(charge=charge.id)
    return {"order_id": order_id, "refund_id": refund.id}
