# SDK: wmill 1.850.0 @task merges kwargs into the child's args; the child calls fetch_invoice(**args), so an unknown name raises TypeError.
from wmill import step, workflow

from f.shared.clock import BillingClock
from f.shared.tasks import fetch_invoice, issue_refund

clock = BillingClock()


@workflow
async def main(invoice_ids: list[str], dry_run: bool = True):
    settled_on = clock.today()  # expect: WAC102
    batch = clock.batch_id()  # expect: WAC102
    results = []
    for invoice_id in invoice_ids:
        inv = await fetch_invoice(invoice_id=invoice_id, regoin="us-east")  # expect: WAC402
        if inv.get("balance", 0) < 0 and not dry_run:
            results.append(
                await issue_refund(invoice_id, amount_cents=-inv["balance"], ccy="EUR")  # expect: WAC402
            )
    await step("summary", lambda: {"on": settled_on, "batch": batch, "n": len(results)})
    return results
