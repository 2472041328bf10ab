"""Render an invoice to HTML.

Run on its own from the UI (`main`) to preview one invoice, and imported by the
billing workflows, which dispatch `render` as a task.
"""

from wmill import task

from f.billing.clock import first_day
from f.shared.models import due_date

TEMPLATE = "<h1>Invoice {invoice_id}</h1><p>{locale}: due {due}</p>"


def _render_html(invoice_id: str, locale: str, period: str) -> str:
    due = due_date(first_day(period)).isoformat()
    return TEMPLATE.format(invoice_id=invoice_id, locale=locale, due=due)


@task()
async def render(invoice_id: str, period: str, locale: str = "en") -> str:
    return _render_html(invoice_id, locale, period)


@task(timeout=120)
async def archive(invoice_id: str, html: str) -> dict:
    return {"invoice_id": invoice_id, "bytes": len(html.encode())}


def main(invoice_id: str, period: str, locale: str = "en"):
    return {"html": _render_html(invoice_id, locale, period)}
