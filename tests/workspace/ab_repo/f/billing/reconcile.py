# SDK: wmill 1.850.0 client.py task() docstring: "a datetime comes back as a string"; _json_round_trip(default=str)
"""Reconcile the invoices of a period against the close cutoff."""

from wmill import task, workflow

from f.shared.tasks import close_cutoff, load_invoice


@task()
async def flag_late(invoice_ids: list[str], cutoff_iso: str) -> list[str]:
    return [i for i in invoice_ids if i.endswith("9")]


@workflow
async def main(invoice_ids: list[str], period: str):
    totals: dict[str, int] = {}
    for invoice_id in invoice_ids:
        invoice = await load_invoice(invoice_id)  # expect: WAC107
        totals[invoice.invoice_id] = invoice.total_cents

    cutoff = await close_cutoff(period)  # expect: WAC107
    late = await flag_late(list(totals), cutoff.isoformat())
    return {"totals": totals, "late": late, "cutoff": cutoff.isoformat()}
