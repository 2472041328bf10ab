"""Month-end close: snapshot trial balance, close each settlement day, export the GL."""

from __future__ import annotations

import wmill
from wmill import step, task, task_flow, workflow

from f.payments.json_utils import canonical_hash, dumps

close_day = task_flow("f/settlement/daily_close", timeout=1800)
BOOKS = ("main", "wallets", "fees")


@task(timeout=600)
async def trial_balance(book: str, period: str) -> dict:
    import requests

    resp = requests.get(
        f"https://ledger.internal.example/books/{book}/trial-balance", params={"period": period}, timeout=120
    )
    return resp.json()


@task(timeout=60)
async def start_gl_export(period: str) -> str:
    return wmill.run_script_by_path_async("f/ops/export_gl", args={"period": period, "book": "main"})


@workflow
async def main(period: str, business_days: list[str], settlement_account: str):
    snapshots = {}
    for book in BOOKS:
        snapshots[book] = await trial_balance(book, period)
    digest = await step("digest", lambda: canonical_hash(snapshots))

    for day in business_days:
        await close_day(business_date=day, settlement_account=settlement_account)

    gl_job = await start_gl_export(period)
    return {"period": period, "digest": digest, "gl_job": gl_job, "books": dumps(sorted(snapshots))}
