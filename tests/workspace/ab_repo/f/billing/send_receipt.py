import requests


def main(invoice_id: str, email: str, cc: list[str] | None = None):
    resp = requests.post(
        "https://mail.internal/send",
        json={"template": "receipt", "to": email, "cc": cc or [], "ref": invoice_id},
        timeout=15,
    )
    resp.raise_for_status()
    return {"sent": True, "invoice_id": invoice_id}
