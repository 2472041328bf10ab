# SDK: wmill 1.850.0 client.py: `wmill.get_variable` is a Windmill API request (`Windmill.get_variable` -> GET /variables/get), not a WAC primitive: in the body it runs on every replay and is not checkpointed.
"""Dunning run for overdue Stripe invoices.

Owner: billing-ops. Triggered nightly by schedule f/billing/dunning_nightly.
"""
import logging
from typing import Literal, Optional, TypedDict

import stripe as stripe_sdk
import wmill
from wmill import step, task, workflow

logger = logging.getLogger("billing.dunning")
logger.setLevel(logging.INFO)

MAX_REMINDERS = 3
GRACE_DAYS = {"starter": 3, "growth": 7, "enterprise": 14}


class stripe(TypedDict):
    token: str


class DunningResult(TypedDict):
    invoice_id: str
    action: str
    reminders: int


def _grace_for(plan: str) -> int:
    return GRACE_DAYS.get(plan, 3)


def _reminder_template(plan: str, reminders: int) -> str:
    if reminders >= MAX_REMINDERS:
        return "final_notice"
    return f"reminder_{plan}"


@task(timeout=120, retry={"attempts": 3, "delay": 20, "multiplier": 2})
async def list_overdue(stripe_token: str, min_age_days: int) -> list[dict]:
    stripe_sdk.api_key = stripe_token
    invoices = stripe_sdk.Invoice.list(status="open", limit=100)
    return [{"id": i.id, "plan": i.metadata.get("plan", "starter"), "reminders": int(i.metadata.get("reminders", 0))} for i in invoices.auto_paging_iter()]


@task(timeout=60)
async def send_reminder(invoice_id: str, template: str, slack_token: str) -> bool:
    return True


@task(timeout=60)
async def suspend_account(invoice_id: str) -> bool:
    return True


@workflow
async def main(
    stripe_res: stripe,
    mode: Literal["report", "remind", "enforce"] = "remind",
    min_age_days: int = 1,
    only_plan: Optional[str] = None,
    notify_channel: str = "#billing-alerts",
    dry_run: bool = False,
):
    logger.info("dunning run mode=%s plan=%s dry_run=%s", mode, only_plan, dry_run)
    slack_token = wmill.get_variable("f/billing/slack_bot_token")  # expect: WAC101
    overdue = await list_overdue(stripe_res["token"], min_age_days)
    results: list[DunningResult] = []
    for inv in overdue:
        if only_plan and inv["plan"] != only_plan:
            continue
        action = "none"
        if mode != "report" and not dry_run:
            if inv["reminders"] >= MAX_REMINDERS and mode == "enforce":
                await suspend_account(inv["id"])
                action = "suspended"
            else:
                await send_reminder(inv["id"], _reminder_template(inv["plan"], inv["reminders"]), slack_token)
                action = "reminded"
        results.append({"invoice_id": inv["id"], "action": action, "reminders": inv["reminders"]})
    summary = await step("summary_logged_at", lambda: logger.info("done: %d invoices", len(results)) or len(results))
    return {"channel": notify_channel, "count": summary, "results": results}
