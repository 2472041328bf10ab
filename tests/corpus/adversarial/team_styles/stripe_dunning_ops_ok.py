# SDK: wmill 1.850.0 client.py: `wmill.get_variable` issues a request (GET /variables/get); read in a `step` it runs once and the value is replayed (`_run_inline_step`).
"""Dunning run for overdue Stripe invoices (variable read through a step)."""
import logging
from typing import Literal, Optional, TypedDict

import stripe as stripe_sdk
import wmill
from wmill import step, task, workflow

logger = logging.getLogger("billing.dunning")

MAX_REMINDERS = 3


class stripe(TypedDict):
    token: str


class DunningResult(TypedDict):
    invoice_id: str
    action: str


def _template(plan: str, reminders: int) -> str:
    return "final_notice" if reminders >= MAX_REMINDERS else f"reminder_{plan}"


@task(timeout=120, retry={"attempts": 3, "delay": 20})
async def list_overdue(stripe_token: str, min_age_days: int) -> list[dict]:
    stripe_sdk.api_key = stripe_token
    return [{"id": i.id, "plan": "starter", "reminders": 0} for i in stripe_sdk.Invoice.list(status="open").auto_paging_iter()]


@task(timeout=60)
async def send_reminder(invoice_id: str, template: str, slack_token: str) -> bool:
    return True


@workflow
async def main(
    stripe_res: stripe,
    mode: Literal["report", "remind"] = "remind",
    min_age_days: int = 1,
    only_plan: Optional[str] = None,
    dry_run: bool = False,
):
    logger.info("dunning run mode=%s plan=%s dry_run=%s", mode, only_plan, dry_run)
    slack_token = await step("slack_token", lambda: wmill.get_variable("f/billing/slack_bot_token"))
    overdue = await list_overdue(stripe_res["token"], min_age_days)
    results: list[DunningResult] = []
    for inv in overdue:
        if only_plan and inv["plan"] != only_plan:
            continue
        if mode == "remind" and not dry_run:
            await send_reminder(inv["id"], _template(inv["plan"], inv["reminders"]), slack_token)
        results.append({"invoice_id": inv["id"], "action": mode})
    logger.info("processed %d invoices", len(results))
    return {"results": results}
