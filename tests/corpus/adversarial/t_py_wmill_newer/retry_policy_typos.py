# SDK: _checked_retry runs when task()/task_script()/task_flow() is called (module load): keys outside attempts/delay/multiplier/max_delay raise ValueError, and "attempts" is required (a whole number 0-100)
import httpx
from wmill import task, task_flow, task_script, workflow


@task(timeout=120, retry={"attempts": 4, "delay": 10, "backoff": 2.0})  # expect: WAC302
async def fetch_invoice(invoice_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://billing.internal") as http:
        resp = await http.get(f"/invoices/{invoice_id}")
        resp.raise_for_status()
        return resp.json()


render_pdf = task_script("f/billing/render_invoice_pdf", retry={"delay": 30, "max_delay": 300})  # expect: WAC302
dunning = task_flow("f/billing/dunning_flow", retry={"attempts": 250, "delay": 60})  # expect: WAC302


@task()
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
