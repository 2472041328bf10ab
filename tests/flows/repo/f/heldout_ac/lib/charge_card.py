"""Charges a saved card through the payment provider; amounts in cents."""
from typing import Optional, TypedDict

import requests


class stripe(TypedDict):
    token: str


def main(
    stripe_account: stripe,
    customer_id: str,
    amount_cents: int,
    currency: str = "eur",
    description: Optional[str] = None,
    idempotency_key: Optional[str] = None,
):
    headers = {"Authorization": f"Bearer {stripe_account['token']}"}
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    resp = requests.post(
        "https://api.stripe.com/v1/payment_intents",
        headers=headers,
        data={
            "customer": customer_id,
            "amount": amount_cents,
            "currency": currency,
            "description": description or "",
            "confirm": "true",
            "off_session": "true",
        },
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    return {"payment_intent": body["id"], "status": body["status"]}
