# SDK: wmill 1.850.0 client.py task() wrapper (dispatch by name, _merge_args), _call_in_task_body; guide "Tasks"
"""Render, archive and tax one invoice, reusing the tasks of f/billing/invoice."""

from wmill import task, workflow

from f.billing.invoice import archive
from f.billing.invoice import render as render_invoice
from f.shared.tasks import vat_due


@task()
async def rerender_all(invoice_ids: list[str], period: str) -> int:
    for invoice_id in invoice_ids:
        render_invoice(invoice_id, period)  # expect: WAC304
    return len(invoice_ids)


@workflow
async def main(invoice_id: str, period: str, amount_cents: int, siblings: list[str]):
    html = await render_invoice(invoice_id, period, lang="fr")  # expect: WAC402
    archive(invoice_id, html)  # expect: WAC106
    tax = await vat_due(amount_cents)  # expect: WAC107
    total = amount_cents + tax
    count = await rerender_all(siblings, period)
    return {"invoice_id": invoice_id, "total": total, "siblings": count}
