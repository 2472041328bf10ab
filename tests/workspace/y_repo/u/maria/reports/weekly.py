# SDK: wmill 1.850.0 the workflow body reruns on every replay: helpers reading the clock/env give another value each time.
from wmill import step, task, workflow

from ..helpers import ReportStamp, recipients, report_window
import f.shared.tasks as billing


@task()
async def render(title: str, invoices: list[dict]) -> str:
    lines = [title] + [f"{i['id']}: {i.get('amount', 0)}" for i in invoices]
    return "\n".join(lines)


@workflow
async def main(invoice_ids: list[str]):
    start, end = report_window()  # expect: WAC102
    title = ReportStamp().title("weekly")  # expect: WAC102
    invoices = [await billing.fetch_invoice(i) for i in invoice_ids]
    in_window = [i for i in invoices if start <= i.get("issued_at", "") <= end]
    body = await render(title, in_window)
    to = recipients()  # expect: WAC102
    await step("send", lambda: {"to": to, "body": body})
    return body
