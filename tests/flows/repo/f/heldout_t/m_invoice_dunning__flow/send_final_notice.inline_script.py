import wmill
import requests


def main(email: str, invoices: list, previous_notice: str = None):
    postmark = wmill.get_resource("f/billing/postmark")
    total = sum(i["amount_cents"] for i in invoices) / 100
    resp = requests.post(
        "https://api.postmarkapp.com/email/withTemplate",
        headers={"X-Postmark-Server-Token": postmark["token"]},
        json={
            "To": email,
            "TemplateAlias": "dunning-final_notice",
            "TemplateModel": {"total": total, "count": len(invoices), "previous": previous_notice},
        },
        timeout=20,
    )
    resp.raise_for_status()
    return {"message_id": resp.json()["MessageID"], "level": "final_notice"}
