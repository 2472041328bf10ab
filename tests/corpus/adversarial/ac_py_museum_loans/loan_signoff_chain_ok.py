# SDK: wmill 1.850.0 wait_for_approval(timeout=...) in seconds (int(total_seconds())), literal keys, get_approval_urls called inside a step
from datetime import timedelta

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

LOANS_API = "https://collections.museum.example/api/loans"
REVIEW_WINDOW = timedelta(days=3)
REVIEW_SECONDS = int(REVIEW_WINDOW.total_seconds())


@task()
async def load_request(loan_id: str) -> dict:
    r = httpx.get(f"{LOANS_API}/{loan_id}")
    r.raise_for_status()
    return r.json()


@task()
async def email_signoff(loan_id: str, role: str, approve_url: str, reject_url: str) -> None:
    httpx.post(
        "https://mail.museum.example/send",
        json={"template": "loan_signoff", "to_role": role, "loan": loan_id, "approve": approve_url, "reject": reject_url},
    )


@task()
async def record_decision(loan_id: str, decisions: dict) -> dict:
    r = httpx.post(f"{LOANS_API}/{loan_id}/decision", json=decisions)
    return r.json()


@workflow
async def main(loan_id: str):
    request = await load_request(loan_id=loan_id)
    decisions: dict[str, bool] = {}

    urls = await step("registrar_urls", lambda: get_approval_urls("signoff_registrar"))
    await email_signoff(loan_id=loan_id, role="registrar", approve_url=urls["approvalPage"], reject_url=urls["cancel"])
    answer = await wait_for_approval(timeout=REVIEW_SECONDS, key="signoff_registrar")
    decisions["registrar"] = bool(answer["approved"])

    if decisions["registrar"]:
        urls = await step("conservator_urls", lambda: get_approval_urls("signoff_conservator"))
        await email_signoff(loan_id=loan_id, role="conservator", approve_url=urls["approvalPage"], reject_url=urls["cancel"])
        answer = await wait_for_approval(timeout=REVIEW_SECONDS, key="signoff_conservator")
        decisions["conservator"] = bool(answer["approved"])

    if decisions.get("conservator") and request["insured_value"] >= 250_000:
        urls = await step("director_urls", lambda: get_approval_urls("signoff_director"))
        await email_signoff(loan_id=loan_id, role="director", approve_url=urls["approvalPage"], reject_url=urls["cancel"])
        answer = await wait_for_approval(timeout=REVIEW_SECONDS, key="signoff_director")
        decisions["director"] = bool(answer["approved"])

    return await record_decision(loan_id=loan_id, decisions=decisions)
