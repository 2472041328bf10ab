"""Settle one acquiring batch: book the net and fee legs, then report the merchant balance."""

from __future__ import annotations

from datetime import date

from wmill import step, task, workflow

from f.payments import time as bizcal
from f.payments.money import Money, net_of_fees, to_minor_units
from f.payments.tasks import book_entry, ledger_balance

SETTLEMENT_BOOK = "main"
CLEARING = "2100-clearing"
FEE_INCOME = "4100-fee-income"


@task(timeout=60)
async def load_batch(batch_id: str) -> dict:
    import requests

    resp = requests.get(f"https://acquiring.example/batches/{batch_id}", timeout=30)
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(batch_id: str, merchant_account: str, trade_day: str, fee_bps: int = 180):
    started_ms = await step("started_ms", bizcal.monotonic_ms)
    batch = await load_batch(batch_id)
    currency = batch["currency"]
    gross = sum(to_minor_units(t["amount"], currency) for t in batch["transactions"])
    net = net_of_fees(gross, fee_bps)

    value_date = bizcal.settlement_date(date.fromisoformat(trade_day))
    ref = f"{batch_id}:{value_date.isoformat()}"

    net_entry = await book_entry(SETTLEMENT_BOOK, CLEARING, merchant_account, net, f"{ref}:net")
    fee_entry = await book_entry(SETTLEMENT_BOOK, CLEARING, FEE_INCOME, gross - net, f"{ref}:fee")
    balance = await ledger_balance(SETTLEMENT_BOOK, merchant_account)
    finished_ms = await step("finished_ms", bizcal.monotonic_ms)

    return {
        "batch_id": batch_id,
        "value_date": value_date.isoformat(),
        "cutoff": bizcal.cutoff_for(value_date).isoformat(),
        "gross": Money(gross, currency).display(),
        "net": Money(net, currency).display(),
        "entries": [net_entry, fee_entry],
        "merchant_balance_minor": balance,
        "took_ms": finished_ms - started_ms,
    }
