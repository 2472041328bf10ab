from wmill import task, workflow

from .letters import render_letter, send_letter


@task()
async def overdue_invoices(days: int) -> list:
    return [{"id": "inv-1", "email": "a@example.com"}]


@workflow
async def main(days: int = 30):  # expect: WAC901
    invoices = await overdue_invoices(days)
    for invoice in invoices:
        text = render_letter(invoice["id"])
        send_letter(invoice["email"], text)  # expect: WAC101
    return len(invoices)
