from typing import TypedDict

import stripe as stripe_sdk


class stripe(TypedDict):
    token: str


def main(stripe: stripe, charge_id: str, dispute_id: str):
    stripe_sdk.api_key = stripe["token"]
    charge = stripe_sdk.Charge.retrieve(charge_id, expand=["customer"])
    customer = charge.get("customer") or {}
    evidence = {
        "customer_email_address": customer.get("email"),
        "customer_name": customer.get("name"),
        "product_description": charge.get("description") or "Subscription",
    }
    complete = all(evidence.values())
    stripe_sdk.Dispute.modify(dispute_id, evidence=evidence, submit=complete)
    return {"submitted": complete, "evidence": evidence}
