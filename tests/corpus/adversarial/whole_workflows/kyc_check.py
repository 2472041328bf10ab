# SDK: wmill 1.850.0 client.py: a failed @task surfaces in the workflow as TaskError (an Exception subclass), never as the httpx error raised inside the child job.
import logging

import httpx
from wmill import TaskError, step, task, wait_for_approval, get_resume_urls, workflow

log = logging.getLogger("kyc")
ONFIDO = "https://api.eu.onfido.com/v3.6"


@task(timeout=120)
async def create_check(applicant_id: str) -> dict:
    async with httpx.AsyncClient(base_url=ONFIDO) as client:
        resp = await client.post("/checks", json={"applicant_id": applicant_id, "report_names": ["document", "facial_similarity_photo"]})
        resp.raise_for_status()
        return resp.json()


@task()
async def check_result(check_id: str) -> dict:
    async with httpx.AsyncClient(base_url=ONFIDO) as client:
        resp = await client.get(f"/checks/{check_id}")
        resp.raise_for_status()
        body = resp.json()
        return {"status": body["status"], "result": body.get("result")}


@task()
async def notify_compliance(applicant_id: str, link: str) -> None:
    async with httpx.AsyncClient() as client:
        await client.post("https://hooks.slack.com/services/T000/B000/XXX", json={"text": f"KYC review {applicant_id}: {link}"})


@task()
async def activate_account(applicant_id: str) -> bool:
    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://core.internal/accounts/{applicant_id}/activate")
        return resp.is_success


@workflow
async def main(applicant_id: str):
    try:
        check = await create_check(applicant_id)
    except httpx.HTTPStatusError as exc:  # expect: WAC204
        log.error("onfido rejected the check: %s", exc)
        return {"applicant": applicant_id, "status": "error"}

    outcome = await check_result(check["id"])
    if outcome["result"] == "clear":
        activated = await activate_account(applicant_id)
        return {"applicant": applicant_id, "status": "clear", "activated": activated}

    urls = await step("urls", lambda: get_resume_urls())
    await notify_compliance(applicant_id, urls["approvalPage"])
    try:
        decision = await wait_for_approval(timeout=2 * 24 * 3600)
    except TaskError:
        decision = {"approved": False, "approver": None}
    if decision["approved"]:
        await activate_account(applicant_id)
    return {"applicant": applicant_id, "status": "manual", "approved": decision["approved"]}
