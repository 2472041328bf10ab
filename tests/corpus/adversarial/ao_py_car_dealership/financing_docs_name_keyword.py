# SDK: wmill 1.850.0: task_script(path, timeout=int) / task_flow(path) at top level, called with keywords; wait_for_approval(key=...) raises only on a key used twice in one run (exclusive branches use it once); TaskError is what a failed child raises; task_script wrappers pass keywords to WorkflowCtx._next_step(name, script, ...), so `name=` raises TypeError (multiple values for argument "name")
"""Deal jacket: pull credit, run the lender decision flow, and route the deal to the
finance manager (or the general manager for subprime deals) before contracts print."""

from __future__ import annotations

import logging
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, TypedDict

from wmill import TaskError, get_approval_urls, step, task, task_flow, task_script, wait_for_approval, workflow

log = logging.getLogger("dealership.finance")

credit_pull = task_script("f/dealership/credit_pull", timeout=180)
lender_decision = task_flow("f/dealership/lender_decision", timeout=1800)
print_contracts = task_script("./print_contracts.py", tag="docs")

FINANCE_KEY = "finance_manager"
GM_KEY = "general_manager"
SUBPRIME_SCORE = 600


class Buyer(TypedDict):
    name: str
    email: str
    ssn_last4: str


def monthly_payment(principal: str, apr_pct: str, months: int) -> str:
    p = Decimal(principal)
    r = Decimal(apr_pct) / Decimal(1200)
    if r == 0:
        pay = p / months
    else:
        pay = p * r / (1 - (1 + r) ** -months)
    return str(pay.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@task()
async def email_urls(to: str, subject: str, urls: dict) -> None:
    import smtplib
    from email.message import EmailMessage

    import wmill

    smtp = wmill.get_resource("f/dealership/smtp")
    m = EmailMessage()
    m["Subject"], m["From"], m["To"] = subject, smtp["from"], to
    m.set_content(f"Approve: {urls['resume']}\nDecline: {urls['cancel']}\nDetails: {urls['approvalPage']}")
    with smtplib.SMTP_SSL(smtp["host"], smtp["port"]) as s:
        s.login(smtp["user"], smtp["password"])
        s.send_message(m)


@workflow
async def main(
    deal_id: str,
    buyer: Buyer,
    amount_financed: str,
    term_months: int = 72,
    product: Literal["retail", "lease"] = "retail",
):
    credit = await credit_pull(deal_id=deal_id, ssn_last4=buyer["ssn_last4"], name=buyer["name"])  # expect: WAC301
    score = int(credit.get("score", 0))

    try:
        decision = await lender_decision(deal_id=deal_id, score=score, amount=amount_financed, product=product)
    except TaskError as err:
        log.error("lender flow failed for %s: %s", deal_id, err)
        return {"deal_id": deal_id, "status": "lender_error", "child": err.child_job_id}

    apr = str(decision.get("apr", "9.9"))
    payment = monthly_payment(amount_financed, apr, term_months)

    if score < SUBPRIME_SCORE:
        urls = await step("gm_urls", lambda: get_approval_urls(GM_KEY))
        await email_urls("gm@example-motors.com", f"Subprime deal {deal_id}: {payment}/mo", urls)
        sign_off = await wait_for_approval(key=GM_KEY, timeout=24 * 3600)
    else:
        urls = await step("fm_urls", lambda: get_approval_urls(FINANCE_KEY))
        await email_urls("finance@example-motors.com", f"Deal {deal_id}: {payment}/mo", urls)
        sign_off = await wait_for_approval(key=FINANCE_KEY, timeout=8 * 3600)

    if not sign_off["approved"]:
        return {"deal_id": deal_id, "status": "declined", "by": sign_off["approver"]}

    jacket = await print_contracts(
        deal_id=deal_id,
        buyer=dict(buyer),
        apr=apr,
        payment=payment,
        term_months=term_months,
        lender=decision.get("lender"),
    )
    return {"deal_id": deal_id, "status": "contracted", "payment": payment, "jacket": jacket}
