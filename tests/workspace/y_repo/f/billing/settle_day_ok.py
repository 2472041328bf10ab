# SDK: wmill 1.850.0 a task body runs as its own job: BillingClock there is fine; defaults from f.shared.models apply in the child.
from wmill import step, task, workflow

from f.shared.clock import BillingClock, period_label
from f.shared.tasks import fetch_invoice, issue_refund


@task()
async def stamp_batch() -> dict:
    clock = BillingClock()
    return {"on": clock.today(), "batch": clock.batch_id(), "env": BillingClock.environment()}


@workflow
async def main(invoice_ids: list[str], year: int, month: int):
    stamp = await stamp_batch()
    label = period_label(year, month)
    results = []
    for invoice_id in invoice_ids:
        inv = await fetch_invoice(invoice_id)
        if inv.get("balance", 0) < 0:
            results.append(await issue_refund(invoice_id=invoice_id, amount_cents=-inv["balance"]))
    note = await step("note", lambda: f"{label}/{stamp['batch']}: {len(results)} refunds")
    return {"stamp": stamp, "note": note}
