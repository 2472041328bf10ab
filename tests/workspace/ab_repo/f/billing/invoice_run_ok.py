# SDK: wmill 1.850.0 client.py task() dispatches by function name wherever it is defined; step() for the preview
"""Render and archive an invoice; the preview reuses the standalone script's main."""

from wmill import step, workflow

from f.billing.invoice import archive, render
from f.billing.invoice import main as preview_invoice
from f.shared.tasks import load_invoice_row


@workflow
async def main(invoice_id: str, period: str, locale: str = "en"):
    row = await load_invoice_row(invoice_id)
    html = await render(invoice_id, period, locale=locale)
    stored = await archive(invoice_id=invoice_id, html=html)
    preview = await step("preview", lambda: preview_invoice(invoice_id, period, locale))
    return {
        "invoice": row,
        "total_cents": row["total_cents"],
        "stored": stored,
        "preview_bytes": len(preview["html"]),
    }
