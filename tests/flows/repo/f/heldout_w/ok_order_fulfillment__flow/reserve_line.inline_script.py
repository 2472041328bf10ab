import wmill
import requests


def main(sku: str, qty: int, warehouse: str = "PAR1"):
    wms = wmill.get_resource("f/logistics/wms_api")
    r = requests.post(
        f"{wms['url']}/reservations",
        json={"sku": sku, "qty": qty, "warehouse": warehouse},
        headers={"Authorization": f"Bearer {wms['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    return {"reservation_id": r.json()["id"], "sku": sku}
