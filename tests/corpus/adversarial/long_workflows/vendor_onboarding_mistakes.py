# SDK: wmill 1.850.0 client.py: the same workflow with three mistakes: the clock in the body, the approval URLs fetched in the body, a Slack post in the body.
import logging
from datetime import datetime, timezone

from slack_sdk import WebClient

from wmill import TaskError, get_approval_urls, task, task_script, wait_for_approval, workflow

log = logging.getLogger(__name__)
slack = WebClient(token="xoxb-placeholder")

kyc_check = task_script("f/compliance/kyc_check", timeout=600)


@task(timeout=120)
async def create_vendor_record(vendor_name: str, country: str) -> dict:
    return {"id": f"v-{vendor_name}", "country": country}


@task()
async def activate(vendor_id: str, approved_by: str) -> dict:
    return {"vendor": vendor_id, "by": approved_by}


@workflow
async def main(name: str, country: str):
    started = datetime.now(timezone.utc).isoformat()  # expect: WAC102
    record = await create_vendor_record(name, country)
    try:
        kyc = await kyc_check(vendor_id=record["id"], country=country)
    except TaskError:
        return {"vendor": record["id"], "status": "kyc_failed", "started": started}
    if not kyc.get("passed"):
        return {"vendor": record["id"], "status": "rejected"}
    urls = get_approval_urls("finance_review")  # expect: WAC101
    slack.chat_postMessage(channel="#finance", text=f"Review {name}: {urls['resume']}")  # expect: WAC101
    decision = await wait_for_approval(key="finance_review", timeout=3 * 86400)
    if not decision["approved"]:
        return {"vendor": record["id"], "status": "declined"}
    return await activate(record["id"], decision["approver"])
