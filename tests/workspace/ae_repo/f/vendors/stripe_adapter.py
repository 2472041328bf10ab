import stripe

from f.vendors.docusign.auth import account_id  # noqa: F401  (kept for the old import path)


def charge(customer_id: str, amount_cents: int, idempotency_key: str) -> str:
    intent = stripe.PaymentIntent.create(
        customer=customer_id,
        amount=amount_cents,
        currency="usd",
        confirm=True,
        idempotency_key=idempotency_key,
    )
    return intent.id


def cents(amount: str) -> int:
    whole, _, frac = amount.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])
