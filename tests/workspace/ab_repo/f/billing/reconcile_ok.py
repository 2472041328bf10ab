# SDK: wmill 1.850.0 client.py task() results cross JSON: the tasks used here return dicts and ISO strings
"""Reconcile the invoices of a period against the close cutoff (JSON-safe tasks)."""

from datetime import datetime

from wmill import task, workflow

from f.shared.tasks import close_cutoff_iso, load_invoice_row


@task()
async def flag_late(invoice_ids: list[str], cutoff_iso: str) -> list[str]:
    cutoff = datetime.fromisoformat(cutoff_iso)
    return [i for i in invoice_ids if cutoff.day > 20 and i.endswith("9")]


@workflow
async def main(invoice_ids: list[str], period: str):
    totals: dict[str, int] = {}
    for invoice_id in invoice_ids:
        row = await load_invoice_row(invoice_id)
        totals[row["invoice_id"]] = row["total_cents"]

    cutoff_iso = await close_cutoff_iso(period)
    cutoff = datetime.fromisoformat(cutoff_iso)
    late = await flag_late(list(totals), cutoff_iso)
    return {"totals": totals, "late": late, "cutoff_day": cutoff.day}
