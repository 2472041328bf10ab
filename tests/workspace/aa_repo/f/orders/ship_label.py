import requests


def main(order_id: str, carrier: str = "dhl", weight_grams: int = 500, express: bool = False):
    resp = requests.post(
        "https://labels.internal/v1/labels",
        json={
            "order": order_id,
            "carrier": carrier,
            "weight": weight_grams,
            "service": "express" if express else "standard",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return {"label_url": resp.json()["url"], "carrier": carrier}
