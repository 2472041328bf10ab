# SDK: wmill 1.850.0 _StepSuspend is a BaseException: run_logged re-raises it, run_tolerant only catches Exception.
from wmill import workflow

from f.shared.guard import run_logged, run_tolerant
from f.shared.tasks import fetch_invoice, issue_refund


@workflow
async def main(invoice_ids: list[str], refund_cents: int = 0):
    invoices = []
    for invoice_id in invoice_ids:
        invoices.append(await run_logged(fetch_invoice, invoice_id))
    refunds = []
    if refund_cents > 0:
        for inv in invoices:
            refunds.append(await run_tolerant(issue_refund, inv["id"], refund_cents))
    return {"invoices": len(invoices), "refunds": [r for r in refunds if r]}
