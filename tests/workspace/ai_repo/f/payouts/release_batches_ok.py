"""Release the day's payout batches, each after a treasury sign-off above the threshold."""

from __future__ import annotations

from wmill import parallel, task, workflow

from f.payments.desk import TreasuryDesk
from f.payments.money import Money

SIGN_OFF_THRESHOLD_MINOR = 10_000_000  # 100k in major units


@task(timeout=300)
async def release(batch_id: str, rail: str) -> dict:
    import requests

    resp = requests.post(f"https://payout-rail.example/{rail}/batches/{batch_id}/release", timeout=60)
    return {"batch_id": batch_id, "status": resp.status_code}


@task()
async def load_pending(day: str) -> list[dict]:
    import requests

    return requests.get("https://payouts.example/pending", params={"day": day}, timeout=30).json()


@workflow
async def main(day: str, rail: str = "sepa-instant"):
    batches = await load_pending(day)
    desk = TreasuryDesk("treasury-emea")
    released, held = [], []
    for batch in batches:
        total = int(batch["total_minor"])
        if total >= SIGN_OFF_THRESHOLD_MINOR:
            ok = await desk.sign_off_batch(batch["id"], total)
            if not ok:
                held.append(batch["id"])
                continue
        released.append(batch["id"])

    results = await parallel(released, lambda b: release(b, rail), concurrency=4)
    return {
        "released": results,
        "held": held,
        "total": Money(sum(int(b["total_minor"]) for b in batches), "EUR").display(),
    }
