import os

import requests


def main(customer_id: str, currency: str = "EUR"):
    base = os.environ.get("BILLING_URL", "https://billing.internal")
    resp = requests.get(f"{base}/v1/customers/{customer_id}/balance", params={"currency": currency}, timeout=15)
    resp.raise_for_status()
    data = resp.json()
    return {"open_cents": int(data["open"]), "overdue_cents": int(data["overdue"]), "currency": currency}
