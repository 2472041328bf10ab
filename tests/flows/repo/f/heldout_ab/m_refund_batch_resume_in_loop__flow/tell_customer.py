import requests
import wmill


def main(order_id: str, reason: str):
    pm = wmill.get_resource("f/shop/postmark")
    res = requests.post(
        "https://api.postmarkapp.com/email/withTemplate",
        headers={"X-Postmark-Server-Token": pm["token"]},
        json={"TemplateAlias": "refund-issued", "TemplateModel": {"order_id": order_id, "reason": reason}},
        timeout=15,
    )
    return {"status": res.status_code}
