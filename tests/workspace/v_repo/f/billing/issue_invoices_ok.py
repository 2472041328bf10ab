# SDK: wmill 1.850.0 task_script(): arguments cross as JSON; asdict() / model_dump(mode="json") / a TypedDict are plain dicts
from dataclasses import asdict

from f.common.models import Customer, InvoiceRow, invoice_from_row, row_from_dict
from f.common.wac import task_script, workflow

render_invoice = task_script("f/billing/render_invoice", timeout=300)


@workflow
async def main(rows: list[dict], customers: list[dict], send: bool = True):
    by_id = {c["id"]: Customer(**c) for c in customers}
    issued = []
    for row in rows:
        invoice = invoice_from_row(row)
        customer = by_id[invoice.customer_id]
        rendered = await render_invoice(
            invoice=asdict(invoice), customer=customer.model_dump(mode="json"), send=send
        )
        issued.append({"number": invoice.number, "pdf": rendered["pdf_url"]})

    summary: InvoiceRow = row_from_dict({"number": "SUMMARY", "customer": "internal", "amount": 0})
    preview = await render_invoice(invoice=summary)
    return {"issued": issued, "preview": preview["pdf_url"]}
