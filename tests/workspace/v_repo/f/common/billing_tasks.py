# SDK: wmill 1.850.0 task(): a decorated async def dispatches as a step named after the function; kwargs must match its parameters
"""Billing tasks shared by several workflows. `task` comes from the team wrapper."""

from f.common.http import build_url, post_json
from f.common.wac import DEFAULT_TASK_TIMEOUT, task

PAYMENTS_API = "https://payments.internal.example.com/v2"


@task(timeout=DEFAULT_TASK_TIMEOUT)
async def charge_card(customer_id: str, amount_cents: int, currency: str = "eur") -> dict:
    return post_json(
        build_url(PAYMENTS_API, "charges"),
        {"customer": customer_id, "amount": amount_cents, "currency": currency},
    )


@task()
async def refund_charge(charge_id: str, reason: str) -> dict:
    return post_json(build_url(PAYMENTS_API, "refunds"), {"charge": charge_id, "reason": reason})


@task(timeout=DEFAULT_TASK_TIMEOUT)
async def email_receipt(customer_id: str, charge: dict) -> bool:
    post_json("https://mail.internal.example.com/send", {"to": customer_id, "template": "receipt", "charge": charge})
    return True
