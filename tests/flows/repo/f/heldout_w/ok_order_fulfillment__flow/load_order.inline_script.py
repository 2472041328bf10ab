import wmill
import requests

BASE = {"currency": "EUR", "channel": "web"}


def main(order_id: str):
    shop = wmill.get_resource("f/commerce/shop_api")
    r = requests.get(f"{shop['url']}/orders/{order_id}", headers={"X-Token": shop["token"]}, timeout=30)
    r.raise_for_status()
    order = r.json()
    return {**BASE, **order, "order_id": order_id}
