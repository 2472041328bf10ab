"""Shared tasks: each runs as its own child job when a workflow awaits it."""

import requests
import wmill
from wmill import task

PAYMENTS_URL = "https://payments.internal/api/v2"


@task(timeout=120, tag="payments")
async def charge_card(order_id: str, amount_cents: int, currency: str = "EUR") -> dict:
    token = wmill.get_variable("f/lib/payments_token")
    resp = requests.post(
        f"{PAYMENTS_URL}/charges",
        json={"order": order_id, "amount": amount_cents, "currency": currency},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


@task(timeout=60)
async def send_receipt(order_id: str, email: str, locale: str = "en") -> bool:
    resp = requests.post(
        "https://mailer.internal/send",
        json={"template": "receipt", "to": email, "order": order_id, "locale": locale},
        timeout=20,
    )
    return resp.ok


@task()
async def void_charge(charge_id: str, reason: str) -> dict:
    resp = requests.post(f"{PAYMENTS_URL}/charges/{charge_id}/void", json={"reason": reason})
    resp.raise_for_status()
    return resp.json()
