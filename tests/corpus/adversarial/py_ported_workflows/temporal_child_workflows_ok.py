# SDK: wmill 1.850.0 client.py task_flow() / task_script() build their wrappers at module level; calls with keywords, keys from the path's last segment numbered per call (invoice_customer, invoice_customer_2, ...) in the sorted order of the input.
"""Month-end close ported from Temporal: one child workflow per customer, then a closing script."""

import logging

from wmill import TaskError, task_flow, task_script, workflow

log = logging.getLogger("month_end")

invoice_customer = task_flow("f/billing/invoice_customer", timeout=3600)
close_period = task_script("f/billing/close_period", timeout=1800, tag="finance")


@workflow
async def main(period: str, customer_ids: list[str], dry_run: bool = False):
    invoiced: list[str] = []
    failed: list[dict] = []
    for customer_id in sorted(customer_ids):
        try:
            out = await invoice_customer(customer_id=customer_id, period=period, dry_run=dry_run)
        except TaskError as exc:
            failed.append({"customer_id": customer_id, "error": (exc.result or {}).get("error", {}).get("message")})
            continue
        if out.get("invoice_id"):
            invoiced.append(out["invoice_id"])

    if failed and not dry_run:
        log.warning("%d customers failed, period %s stays open", len(failed), period)
        return {"period": period, "invoiced": invoiced, "failed": failed, "closed": False}

    closing = await close_period(period=period, invoice_ids=invoiced, dry_run=dry_run)
    return {"period": period, "invoiced": invoiced, "failed": failed, "closed": closing.get("closed", False)}
