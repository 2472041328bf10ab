"""Fight a chargeback: gather evidence, submit it to the acquirer, freeze on fraud codes."""

from __future__ import annotations

from wmill import TaskError, step, task, wait_for_approval, workflow

from f.payments.safety import redact
from f.payments.tasks import freeze_account, submit_evidence

FRAUD_REASON_CODES = {"10.4", "4837", "4863", "UA02"}


@task(timeout=120)
async def collect_documents(dispute_id: str, order_id: str) -> list[str]:
    import requests

    resp = requests.get(f"https://orders.example/{order_id}/documents", timeout=30)
    return [d["url"] for d in resp.json()["documents"]]


@workflow
async def main(dispute_id: str, order_id: str, account_id: str, reason_code: str, card_last4: str):
    documents = await collect_documents(dispute_id, order_id)
    masked = redact(card_last4, keep=2)
    if not documents:
        await wait_for_approval(
            key="no-evidence",
            description=f"Dispute {dispute_id} (card {masked}) has no documents: accept the loss?",
        )
        return {"dispute_id": dispute_id, "status": "accepted"}

    try:
        outcome = await submit_evidence(dispute_id, documents)
    except TaskError as exc:
        outcome = {"status": "failed", "error": str(exc)}
    if reason_code in FRAUD_REASON_CODES:
        await freeze_account(account_id=account_id, reason=f"chargeback {reason_code}")

    summary = await step("summary", lambda: {"docs": len(documents), "code": reason_code})
    return {"dispute_id": dispute_id, "outcome": outcome, **summary}
