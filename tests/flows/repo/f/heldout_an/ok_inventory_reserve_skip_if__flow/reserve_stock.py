import wmill
import requests


def main(sku: str, quantity: int, warehouse: str):
    wms = wmill.get_resource("f/heldout_an/wms")
    r = requests.post(
        f"{wms['url']}/reservations",
        json={"sku": sku, "qty": quantity, "warehouse": warehouse},
        headers={"X-Api-Key": wms["key"]},
        timeout=15,
    )
    r.raise_for_status()
    return {"reservation_id": r.json()["id"], "reserved": quantity}
