import wmill
import requests


def main(sku: str, warehouse: str):
    wms = wmill.get_resource("f/heldout_an/wms")
    r = requests.get(f"{wms['url']}/stock/{warehouse}/{sku}", headers={"X-Api-Key": wms["key"]}, timeout=15)
    r.raise_for_status()
    return {"sku": sku, "available": r.json()["available"]}
