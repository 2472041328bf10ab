import requests
import wmill


def main(order_number: str, warehouse: str, address: dict, reserved_skus: list[str]):
    shippo = wmill.get_resource("f/shop/shippo")
    resp = requests.post(
        "https://api.goshippo.com/transactions/",
        headers={"Authorization": f"ShippoToken {shippo['token']}"},
        json={
            "shipment": {"address_from": {"name": warehouse}, "address_to": address},
            "metadata": f"{order_number}: {', '.join(reserved_skus)}",
        },
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    return {"tracking_url": body["tracking_url_provider"], "label_url": body["label_url"]}
