from typing import TypedDict

import requests


class ebics(TypedDict):
    host_id: str
    partner_id: str
    user_id: str
    api_url: str
    token: str


def main(bank_profile: ebics, company_id: str, payments: list):
    resp = requests.post(
        f"{bank_profile['api_url']}/payment-batches",
        headers={"Authorization": f"Bearer {bank_profile['token']}"},
        json={"partner": bank_profile["partner_id"], "company": company_id, "payments": payments},
        timeout=60,
    )
    resp.raise_for_status()
    return {"batch_id": resp.json()["id"], "count": len(payments)}
