# SDK: retry accepts exactly attempts (0-100, required), delay, multiplier, max_delay on task, task_script and task_flow; multiplier 0 and attempts 0 are valid
import httpx
from wmill import task, task_flow, task_script, workflow

NETWORK_RETRY = {"attempts": 4, "delay": 10, "multiplier": 2, "max_delay": 300}
NO_RETRY = {"attempts": 0}
FLAT_RETRY = dict(attempts=2, delay=45, multiplier=0)


@task(timeout=120, retry=NETWORK_RETRY)
async def fetch_invoice(invoice_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://billing.internal") as http:
        resp = await http.get(f"/invoices/{invoice_id}")
        resp.raise_for_status()
        return resp.json()


render_pdf = task_script("f/billing/render_invoice_pdf", tag="pdf", retry=FLAT_RETRY)
dunning = task_flow("f/billing/dunning_flow", retry=NO_RETRY, priority=5)


@task(retry={"attempts": 2})
async def mark_sent(invoice_id: str, pdf_url: str) -> dict:
    async with httpx.AsyncClient(base_url="https://billing.internal") as http:
        resp = await http.post(f"/invoices/{invoice_id}/sent", json={"pdf": pdf_url})
        resp.raise_for_status()
        return {"invoice_id": invoice_id, "pdf": pdf_url}


@workflow
async def main(invoice_id: str):
    invoice = await fetch_invoice(invoice_id=invoice_id)
    pdf = await render_pdf(invoice=invoice)
    sent = await mark_sent(invoice_id=invoice_id, pdf_url=pdf["url"])
    if invoice.get("overdue_days", 0) > 30:
        await dunning(invoice_id=invoice_id, customer=invoice["customer_id"])
    return sent
