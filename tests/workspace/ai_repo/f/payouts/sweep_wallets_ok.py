"""Sweep merchant wallet balances above their floor to the merchants' bank accounts."""

from __future__ import annotations

from wmill import task, task_script, workflow

from . import payout_rules as rules

send_payout = task_script("f/ops/send_payout", timeout=300)


@task()
async def list_wallets(segment: str) -> list[dict]:
    import requests

    resp = requests.get("https://wallets.example/v1/wallets", params={"segment": segment}, timeout=30)
    return resp.json()["wallets"]


@workflow
async def main(day: str, segment: str = "smb", floor_minor: int = 0):
    wallets = await list_wallets(segment)
    swept = []
    for wallet in sorted(wallets, key=lambda w: w["id"]):
        if rules.eligible(wallet, floor_minor or None):
            ref = rules.stable_ref(wallet["id"], day)
            await send_payout(
                payoutId=ref,
                amountCents=int(wallet["available_minor"]),
                currency=wallet["currency"],
                iban=wallet["payout_iban"],
            )
            swept.append(ref)
    return {"day": day, "swept": swept, "count": len(swept)}
