# SDK: wmill 1.850.0: the I/O generators run inside tasks; the body only iterates a pure async generator over a task result
from f.common.http import build_url, post_json
from f.common.pagination import InvoiceCursor, in_batches, ledger_pages
from f.common.wac import task, workflow

LEDGER_API = "https://ledger.internal.example.com"


@task(timeout=1800)
async def pull_ledger(ledger_token: str) -> list[dict]:
    entries: list[dict] = []
    async for page in ledger_pages(LEDGER_API, ledger_token):
        entries.extend(page)
    return entries


@task()
async def pull_overdue(export_url: str) -> list[str]:
    return [inv["number"] for inv in InvoiceCursor(export_url) if inv.get("days_late", 0) > 30]


@task()
async def upsert_entries(entries: list[dict]) -> int:
    post_json(build_url(LEDGER_API, "warehouse", "upsert"), {"rows": entries})
    return len(entries)


@workflow
async def main(ledger_token: str, export_url: str):
    entries = await pull_ledger(ledger_token=ledger_token)
    written = 0
    async for batch in in_batches(entries, 500):
        written += await upsert_entries(entries=batch)
    overdue = await pull_overdue(export_url=export_url)
    return {"written": written, "overdue": overdue}
