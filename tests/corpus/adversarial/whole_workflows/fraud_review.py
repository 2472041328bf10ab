# SDK: wmill 1.850.0 client.py: the workflow body re-runs after each _StepSuspend; a module-level requests.Session used there sends its request again on every replay; uuid4() there yields a new id each round.
import logging
import uuid
from dataclasses import dataclass
from typing import Optional

import requests
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("fraud")
RISK_API = "https://risk.internal/v1"
session = requests.Session()
session.headers.update({"User-Agent": "fraud-review/1.4"})


@dataclass
class Transaction:
    id: str
    account: str
    amount: float
    country: str


@task()
async def score(txn_id: str) -> float:
    resp = session.get(f"{RISK_API}/score/{txn_id}", timeout=10)
    resp.raise_for_status()
    return float(resp.json()["score"])


@task()
async def freeze_account(account: str, reason: str) -> bool:
    resp = session.post(f"{RISK_API}/accounts/{account}/freeze", json={"reason": reason}, timeout=10)
    return resp.ok


@task()
async def page_analyst(txn_id: str, approval_page: str) -> None:
    session.post("https://hooks.slack.com/services/T/B/X", json={"text": f"Review {txn_id}: {approval_page}"}, timeout=10)


def band(value: float) -> str:
    return "high" if value >= 0.8 else "medium" if value >= 0.5 else "low"


@workflow
async def main(txn: dict, analyst: Optional[str] = None):
    t = Transaction(**txn)
    case_id = str(uuid.uuid4())  # expect: WAC102
    risk = await score(t.id)
    level = band(risk)
    log.info("txn %s risk %.2f (%s)", t.id, risk, level)

    if level == "low":
        return {"case": case_id, "txn": t.id, "decision": "allow"}

    history = session.get(f"{RISK_API}/accounts/{t.account}/history", timeout=10).json()  # expect: WAC101
    if level == "medium" and len(history.get("chargebacks", [])) == 0:
        return {"case": case_id, "txn": t.id, "decision": "allow", "risk": risk}

    urls = await step("urls", lambda: get_resume_urls(approver=analyst))
    await page_analyst(t.id, urls["approvalPage"])
    verdict = await wait_for_approval(timeout=6 * 3600)
    if verdict["approved"]:
        return {"case": case_id, "txn": t.id, "decision": "allow", "by": verdict["approver"]}
    frozen = await freeze_account(t.account, f"case {case_id}")
    return {"case": case_id, "txn": t.id, "decision": "block", "frozen": frozen}
