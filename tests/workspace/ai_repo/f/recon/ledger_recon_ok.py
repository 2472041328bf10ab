"""Match a bank statement against the ledger for one account and business date."""

from __future__ import annotations

import importlib

from wmill import task, workflow

from f.payments.tasks import fetch_statement, ledger_balance

FX_MODULE = "f.payments.fx"
fx = importlib.import_module(FX_MODULE)
TOLERANCE_MINOR = 1


@task()
async def ledger_lines(book: str, account_id: str, business_date: str) -> list[dict]:
    import requests

    resp = requests.get(
        f"https://ledger.internal.example/books/{book}/accounts/{account_id}/lines",
        params={"date": business_date},
        timeout=60,
    )
    return resp.json()["lines"]


@task(timeout=30)
async def eur_rate(currency: str) -> str:
    return str(fx.live_rate(currency, "EUR"))


@workflow
async def main(book: str, account_id: str, business_date: str, currency: str = "EUR"):
    statement = await fetch_statement(account_id=account_id, statement_date=business_date)
    lines = await ledger_lines(book, account_id, business_date)

    by_ref = {line["ref"]: line for line in lines}
    unmatched = [s for s in statement["lines"] if s["ref"] not in by_ref]

    closing = statement["closing_minor"]
    if currency != "EUR":
        from decimal import Decimal

        closing = fx.convert(closing, Decimal(await eur_rate(currency)))

    balance = await ledger_balance(book, account_id)
    drift = abs(balance - closing)
    return {
        "account_id": account_id,
        "unmatched": len(unmatched),
        "drift_minor": drift,
        "balanced": drift <= TOLERANCE_MINOR and not unmatched,
    }
