# SDK: wmill 1.850.0: task arguments cross as JSON; asdict() / model_dump(mode="json") / a TypedDict are plain dicts
from dataclasses import asdict

from f.common.http import post_json
from f.common.models import Customer, InvoiceRow, invoice_from_row, row_from_dict
from f.common.wac import task, workflow

INVOICING_API = "https://invoicing.internal.example.com/v1/invoices"


@task()
async def render_pdf(invoice: dict) -> str:
    return post_json(INVOICING_API + "/render", invoice)["pdf_url"]


@task()
async def send_invoice(customer: dict, pdf_url: str) -> bool:
    post_json(INVOICING_API + "/send", {"to": customer["email"], "pdf": pdf_url})
    return True


@workflow
async def main(rows: list[dict], customers: list[dict]):
    by_id = {c["id"]: Customer(**c) for c in customers}
    sent = []
    for row in rows:
        invoice = invoice_from_row(row)
        pdf = await render_pdf(invoice=asdict(invoice))
        customer = by_id[invoice.customer_id]
        await send_invoice(customer=customer.model_dump(mode="json"), pdf_url=pdf)
        sent.append(invoice.number)

    summary: InvoiceRow = row_from_dict({"number": "SUMMARY", "customer": "internal", "amount": 0})
    await render_pdf(invoice=summary)
    return {"sent": sent}
