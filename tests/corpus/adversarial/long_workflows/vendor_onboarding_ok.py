# SDK: wmill 1.850.0 client.py task/step/wait_for_approval/get_approval_urls: every side effect is a task or a step, names are literals, approval key used once, results are JSON.
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx

import wmill
from wmill import TaskError, get_approval_urls, step, task, task_script, wait_for_approval, workflow

log = logging.getLogger(__name__)

kyc_check = task_script("f/compliance/kyc_check", timeout=600)


@dataclass
class Vendor:
    name: str
    country: str
    iban: str


@task(timeout=120, retry={"attempts": 2, "delay": 5})
async def create_vendor_record(vendor_name: str, country: str, iban: str) -> dict:
    vendor = Vendor(name=vendor_name, country=country, iban=iban)
    async with httpx.AsyncClient(base_url="https://erp.example.com") as client:
        r = await client.post("/vendors", json=asdict(vendor))
        r.raise_for_status()
        return r.json()


@task()
async def send_review_email(vendor_id: str, resume: str, cancel: str) -> bool:
    token = wmill.get_variable("f/mail/token")
    async with httpx.AsyncClient() as client:
        await client.post("https://mail.example.com/send", headers={"Authorization": token}, json={"vendor": vendor_id, "resume": resume, "cancel": cancel})
    return True


@task()
async def activate(vendor_id: str, approved_by: str) -> dict:
    return {"vendor": vendor_id, "by": approved_by}


@workflow
async def main(name: str, country: str, iban: str):
    started = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())
    log.info("onboarding %s (%s) started %s", name, country, started)
    record = await create_vendor_record(name, country, iban)
    try:
        kyc = await kyc_check(vendor_id=record["id"], country=country)
    except TaskError as err:
        log.warning("kyc failed: %s", err)
        return {"vendor": record["id"], "status": "kyc_failed"}
    if not kyc.get("passed"):
        return {"vendor": record["id"], "status": "rejected"}
    urls = await step("review_urls", lambda: get_approval_urls("finance_review"))
    await send_review_email(record["id"], urls["resume"], urls["cancel"])
    decision = await wait_for_approval(key="finance_review", timeout=3 * 86400)
    if not decision["approved"]:
        return {"vendor": record["id"], "status": "declined"}
    return await activate(record["id"], decision["approver"])
