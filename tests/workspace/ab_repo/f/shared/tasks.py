"""Tasks shared by the billing workflows."""

from wmill import task

from f.billing.clock import period_end
from f.shared.models import Invoice, build_invoice, cutoff, vat


@task()
async def load_invoice(invoice_id: str) -> Invoice:
    # The ledger API is called here in production; fixtures keep the shape.
    lines = [{"sku": "seat", "qty": 3, "unit_cents": 1200}]
    return build_invoice(invoice_id, customer="acme", lines=lines)  # expect: WAC107


@task()
async def load_invoice_row(invoice_id: str) -> dict:
    lines = [{"sku": "seat", "qty": 3, "unit_cents": 1200}]
    return build_invoice(invoice_id, customer="acme", lines=lines).to_row()


@task()
async def close_cutoff(period: str):
    return cutoff(period_end(period))  # expect: WAC107


@task()
async def close_cutoff_iso(period: str) -> str:
    return cutoff(period_end(period)).isoformat()


@task()
async def vat_due(amount_cents: int):
    return vat(amount_cents)  # expect: WAC107
