# SDK: wmill 1.850.0 step() checkpoints a value once; helpers fed only checkpointed values are deterministic.
from datetime import datetime

from wmill import step, task, workflow

from ..helpers import ReportStamp, fixed_window, recipients
import f.shared.tasks as billing


@task()
async def render(invoices: list[dict]) -> str:
    title = ReportStamp().title("weekly")
    return "\n".join([title] + [i["id"] for i in invoices])


@workflow
async def main(invoice_ids: list[str]):
    end = await step("end", lambda: datetime.utcnow().isoformat())
    start, end = fixed_window(end)
    invoices = [await billing.fetch_invoice(invoice_id=i) for i in invoice_ids]
    body = await render([i for i in invoices if start <= i.get("issued_at", "") <= end])
    to = await step("recipients", recipients)
    return {"to": to, "body": body}
