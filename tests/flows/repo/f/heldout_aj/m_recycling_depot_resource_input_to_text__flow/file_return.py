import requests


def main(portal: dict, month: str, lines: list):
    resp = requests.post(
        f"{portal['baseUrl']}/returns",
        json={"period": month, "lines": lines},
        headers={"Authorization": f"Bearer {portal['token']}", "Idempotency-Key": f"tonnage-{month}"},
        timeout=60,
    )
    resp.raise_for_status()
    return {"receipt": resp.json()["receipt_no"]}
