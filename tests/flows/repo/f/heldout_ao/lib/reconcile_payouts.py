from wmill import task, workflow


@task()
async def fetch_payouts(account_id: str, since: str) -> list:
    import stripe

    return [p.to_dict() for p in stripe.Payout.list(created={"gte": since}, stripe_account=account_id)]


@task()
async def fetch_ledger(account_id: str, since: str) -> list:
    import requests

    resp = requests.get(f"https://ledger.internal/accounts/{account_id}/entries", params={"since": since}, timeout=30)
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(account_id: str, since: str, tolerance_cents: int = 0):
    payouts = await fetch_payouts(account_id, since)
    ledger = await fetch_ledger(account_id, since)
    booked = {e["reference"]: e["amount_cents"] for e in ledger}
    matched = [p["id"] for p in payouts if abs(booked.get(p["id"], -10**9) - p["amount"]) <= tolerance_cents]
    unmatched = [p["id"] for p in payouts if p["id"] not in matched]
    return {"matched": matched, "unmatched": unmatched}
