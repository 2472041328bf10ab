import wmill
import requests


def main(invoice_id: str):
    chargebee = wmill.get_resource("f/billing/chargebee")
    resp = requests.get(
        f"https://{chargebee['site']}.chargebee.com/api/v2/invoices/{invoice_id}",
        auth=(chargebee["api_key"], ""),
        timeout=20,
    )
    resp.raise_for_status()
    inv = resp.json()["invoice"]
    return {
        "id": inv["id"],
        "amount_due": inv["amount_due"],
        "currency": inv["currency_code"],
        "attempts": inv.get("dunning_attempts", []),
        "customer": {
            "id": inv["customer_id"],
            "email": inv.get("billing_address", {}).get("email"),
            "locale": inv.get("billing_address", {}).get("locale", "en"),
        },
    }
