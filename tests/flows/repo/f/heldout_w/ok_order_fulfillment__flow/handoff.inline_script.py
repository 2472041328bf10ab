import wmill
import requests


def main(order: dict, payment_id: str, reservations: list[str]):
    wms = wmill.get_resource("f/logistics/wms_api")
    r = requests.post(
        f"{wms['url']}/shipments",
        json={"order_id": order["order_id"], "payment_id": payment_id, "reservations": reservations},
        headers={"Authorization": f"Bearer {wms['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    return {"shipment_id": r.json()["id"]}
