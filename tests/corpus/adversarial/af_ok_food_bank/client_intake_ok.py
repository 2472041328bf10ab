# SDK: wmill 1.850.0 a workflow with an approval: resume urls are got inside step(), the email goes out in a task, the intake date is an input; `except TaskError` (an Exception) handles a failed eligibility check; step keys are literals
from datetime import date

import httpx
from wmill import TaskError, get_resume_urls, step, task, wait_for_approval, workflow

ELIGIBILITY_API = "https://eligibility.foodbank.example"
INCOME_LIMITS = {1: 2510, 2: 3407, 3: 4303, 4: 5200}


@task(timeout=120)
async def check_eligibility(household_id: str, size: int, monthly_income: int) -> dict:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(
            f"{ELIGIBILITY_API}/check",
            json={"household": household_id, "size": size, "income": monthly_income},
        )
        resp.raise_for_status()
        return resp.json()


@task()
async def email_caseworker(caseworker: str, household_id: str, approve_url: str) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        await client.post(
            "https://mail.foodbank.example/send",
            json={"to": caseworker, "template": "intake_review", "vars": {"household": household_id, "url": approve_url}},
        )


@task()
async def enroll(household_id: str, start: str, tier: str) -> dict:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(f"{ELIGIBILITY_API}/enroll", json={"household": household_id, "start": start, "tier": tier})
        resp.raise_for_status()
        return resp.json()


def tier_for(size: int, income: int) -> str:
    limit = INCOME_LIMITS.get(min(size, 4), 5200) + max(size - 4, 0) * 897
    return "full" if income <= limit * 0.6 else "partial" if income <= limit else "none"


@workflow
async def main(household_id: str, size: int, monthly_income: int, caseworker: str, intake_date: str):
    start = date.fromisoformat(intake_date)
    tier = tier_for(size, monthly_income)
    if tier == "none":
        return {"household": household_id, "enrolled": False, "reason": "over income limit"}

    try:
        verdict = await check_eligibility(household_id, size, monthly_income)
    except TaskError as err:
        verdict = {"eligible": None, "error": str(err)}

    if verdict.get("eligible") is False:
        return {"household": household_id, "enrolled": False, "reason": verdict.get("reason")}

    if verdict.get("eligible") is None:
        urls = await step("review_urls", lambda: get_resume_urls())
        await email_caseworker(caseworker, household_id, urls["approvalPage"])
        decision = await wait_for_approval(timeout=3 * 86400, form={"tier": {"type": "string"}})
        if not decision.get("approved"):
            return {"household": household_id, "enrolled": False, "reason": "declined by caseworker"}
        tier = (decision.get("value") or {}).get("tier", tier)

    record = await enroll(household_id, start.isoformat(), tier)
    return {"household": household_id, "enrolled": True, "tier": tier, "record": record["id"]}
