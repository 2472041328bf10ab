import requests
import wmill


def main(since: str):
    api = wmill.get_resource("f/heldout_am/billing_api")
    resp = requests.get(f"{api['base_url']}/credit-notes", params={"since": since}, headers={"Authorization": f"Bearer {api['token']}"}, timeout=30)
    resp.raise_for_status()
    return [
        {"id": n["id"], "customer": n["customer"], "amount": -abs(n["amount"]), "currency": n["currency"]}
        for n in resp.json()["data"]
    ]
