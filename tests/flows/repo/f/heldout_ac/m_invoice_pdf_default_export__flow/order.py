import wmill
import requests


def main(order_id: str):
    shop = wmill.get_resource("f/shop/shopify")
    resp = requests.get(
        f"https://{shop['shop']}.myshopify.com/admin/api/2024-04/orders/{order_id}.json",
        headers={"X-Shopify-Access-Token": shop["token"]},
        timeout=20,
    )
    resp.raise_for_status()
    o = resp.json()["order"]
    return {
        "number": o["name"],
        "email": o["email"],
        "lines": [{"title": li["title"], "qty": li["quantity"], "price": li["price"]} for li in o["line_items"]],
        "total": o["total_price"],
        "currency": o["currency"],
    }
