# SDK: wmill 1.850.0 _StepSuspend is a BaseException: QuietBatch.__aexit__ returning True suppresses it; a task awaited in audited()'s `finally` runs while it unwinds.
from wmill import workflow

from f.shared.guard import LoggedBatch, QuietBatch, audited, timed
from f.shared.tasks import fetch_invoice, issue_refund


@workflow
async def main(batches: list[list[str]], refund_cents: int = 0):
    seen = 0
    for i, batch in enumerate(batches):
        async with QuietBatch(f"batch-{i}"):  # expect: WAC201
            for invoice_id in batch:
                await fetch_invoice(invoice_id)
                seen += 1
    async with LoggedBatch("last"):
        last = await fetch_invoice(batches[-1][-1])
    if refund_cents:
        await audited("refund", issue_refund, last["id"], refund_cents)  # expect: WAC203
    await timed(issue_refund, last["id"], 0)
    return {"seen": seen, "last": last}
