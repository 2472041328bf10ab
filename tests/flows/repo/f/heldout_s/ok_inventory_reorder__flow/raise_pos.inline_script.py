import requests


def main(erp: dict, primary: dict, backup: dict | None = None, dry_run: bool = True):
    orders = []
    for quote in filter(None, [primary, backup]):
        if not quote.get("accepted"):
            continue
        payload = {"quote_id": quote["quote_id"], "lines": quote["accepted"]}
        if dry_run:
            orders.append({"quote_id": quote["quote_id"], "po": None})
            continue
        r = requests.post(f"{erp['url']}/purchase-orders", json=payload, auth=(erp["user"], erp["password"]), timeout=60)
        r.raise_for_status()
        orders.append({"quote_id": quote["quote_id"], "po": r.json()["number"]})
    return {"purchase_orders": orders}
