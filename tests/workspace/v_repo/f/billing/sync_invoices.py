# SDK: wmill 1.850.0: only task bodies and step callbacks are checkpointed; the body (an async for over a generator included) reruns on every replay
from f.common.http import build_url
from f.common.pagination import InvoiceCursor, ledger_pages
from f.common.wac import task, workflow

LEDGER_API = "https://ledger.internal.example.com"


@task()
async def upsert_entries(entries: list[dict]) -> int:
    from f.common.http import post_json

    post_json(build_url(LEDGER_API, "warehouse", "upsert"), {"rows": entries})
    return len(entries)


@task()
async def mark_overdue(numbers: list[str]) -> int:
    from f.common.http import post_json

    post_json(build_url(LEDGER_API, "invoices", "overdue"), {"numbers": numbers})
    return len(numbers)


@workflow
async def main(ledger_token: str, export_url: str):
    written = 0
    async for page in ledger_pages(LEDGER_API, ledger_token):  # expect: WAC101
        written += await upsert_entries(entries=page)

    cursor = InvoiceCursor(export_url, status="open")
    overdue = []
    for invoice in cursor:  # expect: WAC101
        if invoice.get("days_late", 0) > 30:
            overdue.append(invoice["number"])

    marked = await mark_overdue(numbers=overdue) if overdue else 0
    return {"written": written, "marked_overdue": marked}
