import requests


def main(tenant_id: str, amount_cents: int, email: str, cc: list[str] | None = None):
    requests.post(
        "https://mailer.internal/send",
        json={"to": email, "cc": cc or [], "template": "receipt", "tenant": tenant_id, "cents": amount_cents},
        timeout=30,
    )
    return {"sent_to": email}
