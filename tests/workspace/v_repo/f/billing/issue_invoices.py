# SDK: wmill 1.850.0: task arguments are encoded with json.dumps(default=str), so a dataclass or a pydantic model arrives as its str()
from f.common.http import post_json
from f.common.models import Customer, Invoice, invoice_from_row
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
        pdf = await render_pdf(invoice=invoice)  # expect: WAC107
        customer = by_id[invoice.customer_id]
        await send_invoice(customer=customer, pdf_url=pdf)  # expect: WAC107
        sent.append(invoice.number)

    draft = Invoice(number="DRAFT", customer_id="internal", amount_cents=0)
    await render_pdf(invoice=draft)  # expect: WAC107
    return {"sent": sent}
