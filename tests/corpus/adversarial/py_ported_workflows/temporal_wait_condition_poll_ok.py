# SDK: wmill 1.850.0 client.py: each poll is a task with its own key (is_approved, is_approved_2, ...) and sleep() is durable, so the loop replays the same checkpointed answers; sleep(td.total_seconds()) passes a float the SDK turns into int seconds.
"""Vendor payout ported from Temporal: workflow.wait_condition(lambda: self.approved) becomes a polled task."""

import logging
from datetime import timedelta

from wmill import sleep, task, wait_for_approval, workflow

log = logging.getLogger("payout")

POLL_EVERY = timedelta(minutes=5)
MAX_POLLS = 48


@task()
async def is_approved(payout_id: str) -> bool:
    import httpx

    return httpx.get(f"https://erp.internal/payouts/{payout_id}").json()["approved"]


@task(retry={"attempts": 3, "delay": 60})
async def send_payout(payout_id: str, amount_cents: int) -> dict:
    import httpx

    resp = httpx.post(f"https://bank.internal/payouts/{payout_id}", json={"amount": amount_cents})
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(payout_id: str, amount_cents: int, manual_override: bool = False):
    approved = False
    for _ in range(MAX_POLLS):
        if await is_approved(payout_id):
            approved = True
            break
        await sleep(POLL_EVERY.total_seconds())

    if not approved and manual_override:
        decision = await wait_for_approval(
            timeout=int(timedelta(days=2).total_seconds()),
            form={"type": "object", "properties": {"reason": {"type": "string"}}},
        )
        approved = bool(decision.get("approved"))
        log.info("manual decision: %s", decision.get("value", {}).get("reason"))

    if not approved:
        return {"payout_id": payout_id, "status": "not_approved"}
    receipt = await send_payout(payout_id, amount_cents)
    return {"payout_id": payout_id, "status": "sent", "receipt": receipt.get("id")}
