# SDK: wmill 1.850.0 task_script(): the arguments go to another script's job as JSON (json.dumps default=str), so a dataclass or a pydantic model arrives as its str(); a @task of the file is called with the replay's own objects (_execute_directly), so only the task_script calls matter here
from f.common.models import Customer, Invoice, invoice_from_row
from f.common.wac import step, task_script, workflow

render_invoice = task_script("f/billing/render_invoice", timeout=300)


@workflow
async def main(rows: list[dict], customers: list[dict], send: bool = True):
    by_id = {c["id"]: Customer(**c) for c in customers}
    issued = []
    for row in rows:
        invoice = invoice_from_row(row)
        customer = by_id[invoice.customer_id]
        rendered = await render_invoice(invoice=invoice, send=send)  # expect: WAC107
        issued.append({"number": invoice.number, "pdf": rendered["pdf_url"]})
        if send:
            await render_invoice(invoice={"number": invoice.number}, customer=customer)  # expect: WAC107

    draft = Invoice(number="DRAFT", customer_id="internal", amount_cents=0)
    preview = await render_invoice(invoice=draft)  # expect: WAC107
    return await step("summary", lambda: {"issued": issued, "preview": preview["pdf_url"]})
