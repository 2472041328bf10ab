import requests
import wmill


def main(login: str, model: str, ship_to: str):
    shop = wmill.get_resource("f/heldout_am/it_shop")
    resp = requests.post(f"{shop['url']}/orders", json={"for": login, "sku": model, "address": ship_to}, timeout=30)
    resp.raise_for_status()
    return {"order_id": resp.json()["order_id"], "eta_days": resp.json()["eta_days"]}
