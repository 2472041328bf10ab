import requests
import wmill


def main(contract_id: str, price: int, term_months: int, notes: str = ""):
    api = wmill.get_resource("f/heldout_am/docusign")
    resp = requests.post(
        f"{api['base_url']}/envelopes",
        json={"template": "renewal", "contract": contract_id, "price": price, "months": term_months, "notes": notes},
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=20,
    )
    resp.raise_for_status()
    return {"outcome": "sent", "envelope_id": resp.json()["envelopeId"]}
