import uuid

import requests


def main(wise: dict, recipient_id: int, amount_eur: float, reference: str):
    base = "https://api.transferwise.com"
    headers = {"Authorization": f"Bearer {wise['token']}"}
    quote = requests.post(
        f"{base}/v3/profiles/{wise['profile_id']}/quotes",
        headers=headers,
        json={"sourceCurrency": "EUR", "targetCurrency": "EUR", "sourceAmount": amount_eur},
        timeout=30,
    )
    quote.raise_for_status()
    transfer = requests.post(
        f"{base}/v1/transfers",
        headers=headers,
        json={
            "targetAccount": recipient_id,
            "quoteUuid": quote.json()["id"],
            "customerTransactionId": str(uuid.uuid5(uuid.NAMESPACE_URL, reference)),
            "details": {"reference": reference[:35]},
        },
        timeout=30,
    )
    transfer.raise_for_status()
    return {"transfer_id": transfer.json()["id"], "amount_eur": amount_eur, "recipient_id": recipient_id}
