# SDK: none; a plain script the invoicing workflows run with task_script("f/billing/render_invoice")
import httpx

INVOICING_API = "https://invoicing.internal.example.com/v1/invoices"


def main(invoice: dict, customer: dict | None = None, send: bool = False) -> dict:
    body = {"invoice": invoice, "customer": customer, "send": send}
    resp = httpx.post(INVOICING_API + "/render", json=body, timeout=60)
    resp.raise_for_status()
    return {"pdf_url": resp.json()["pdf_url"], "sent": send}
