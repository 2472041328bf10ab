import requests


def main(lease_id: str, new_rent_cents: int, expires_days: int = 14):
    resp = requests.post(
        "https://pms.internal/renewal-offers",
        json={"lease": lease_id, "rent": new_rent_cents, "expires_days": expires_days},
        timeout=30,
    )
    return resp.json()["offer_id"]
