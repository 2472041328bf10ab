import requests


def main(billing_api: dict, since_days: int = 1, limit: int = 200):
    resp = requests.get(
        f"{billing_api['base_url']}/invoices",
        params={"status": "open", "since_days": since_days, "limit": limit},
        headers={"Authorization": f"Bearer {billing_api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["data"]
