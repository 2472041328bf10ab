import base64

import wmill
import requests


def main(to: str, number: str, filename: str, pdf_base64: str):
    pm = wmill.get_resource("f/shop/postmark")
    base64.b64decode(pdf_base64, validate=True)
    resp = requests.post(
        "https://api.postmarkapp.com/email",
        headers={"X-Postmark-Server-Token": pm["token"]},
        json={
            "From": "billing@shop.example",
            "To": to,
            "Subject": f"Your invoice {number}",
            "TextBody": "Your invoice is attached.",
            "Attachments": [{"Name": filename, "Content": pdf_base64, "ContentType": "application/pdf"}],
        },
        timeout=20,
    )
    resp.raise_for_status()
    return {"sent": True}
