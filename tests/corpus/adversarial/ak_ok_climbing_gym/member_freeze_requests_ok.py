# SDK: wmill 1.850.0: wait_for_approval(key=..., form=...) returns {"value", "approver", "approved"}; get_approval_urls(key) in a step is stable; TaskError is an Exception
import logging
from datetime import date, timedelta
from typing import Optional, TypedDict

from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("freeze")

FREEZE_FORM = {
    "type": "object",
    "properties": {
        "weeks": {"type": "integer", "minimum": 1, "maximum": 12},
        "waive_fee": {"type": "boolean", "default": False},
        "note": {"type": "string"},
    },
    "required": ["weeks"],
}


class stripe(TypedDict):
    token: str


@task()
async def pause_subscription(stripe_token: str, member_id: str, resume_on: str) -> dict:
    import stripe as stripe_sdk

    stripe_sdk.api_key = stripe_token
    sub = stripe_sdk.Subscription.modify(member_id, pause_collection={"behavior": "void", "resumes_at": resume_on})
    return {"id": sub["id"], "status": sub["status"]}


@task()
async def email_front_desk(member_id: str, approval_page: str, reason: str) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = f"Freeze request for {member_id}"
    msg["To"] = "desk@example-crag.io"
    msg.set_content(f"{reason}\n\nReview: {approval_page}")
    with smtplib.SMTP("smtp.example-crag.io", 587) as s:
        s.starttls()
        s.send_message(msg)


def resume_date(start: str, weeks: int) -> str:
    return (date.fromisoformat(start) + timedelta(weeks=weeks)).isoformat()


@workflow
async def main(
    stripe_res: stripe,
    member_id: str,
    start_on: str,
    reason: str = "injury",
    max_weeks: Optional[int] = 8,
):
    urls = await step("desk_urls", lambda: get_approval_urls("front_desk"))
    await email_front_desk(member_id, urls["approvalPage"], reason)
    decision = await wait_for_approval(key="front_desk", timeout=3 * 86400, form=FREEZE_FORM)
    if not decision["approved"]:
        log.info("freeze for %s declined by %s", member_id, decision["approver"])
        return {"frozen": False}

    weeks = min(int(decision["value"].get("weeks", 1)), max_weeks or 12)
    try:
        sub = await pause_subscription(stripe_res["token"], member_id, resume_date(start_on, weeks))
    except TaskError as e:
        err = (e.result or {}).get("error", {})
        log.warning("pause failed at %s: %s", e.step_key, err.get("message"))
        return {"frozen": False, "error": err.get("message")}
    return {"frozen": True, "weeks": weeks, "subscription": sub}
