import stripe


def main(stripe_key: str, line: dict, *, idempotency_prefix: str):
    stripe.api_key = stripe_key
    item = stripe.InvoiceItem.create(
        customer=line["customer"],
        amount=line["amount"],
        currency=line["currency"],
        description="Metered usage",
        idempotency_key=f"{idempotency_prefix}-{line['customer']}",
    )
    return {"customer": line["customer"], "invoice_item": item["id"]}
