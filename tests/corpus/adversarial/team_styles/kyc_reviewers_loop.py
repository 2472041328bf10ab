# SDK: wmill 1.850.0 client.py `WorkflowCtx._wait_for_approval`: an explicit key that `_alloc_key` had to renumber raises "WAC step key ... is already used in this workflow", so the second reviewer fails the run.
from typing import Literal

from wmill import get_approval_urls, step, task, wait_for_approval, workflow

REVIEW_TIMEOUT = 2 * 24 * 3600


@task()
async def screen_applicant(applicant_id: str, level: str) -> dict:
    return {"risk": "medium", "hits": []}


@task()
async def email_reviewer(reviewer: str, resume_url: str, applicant_id: str) -> bool:
    return True


@task()
async def finalize(applicant_id: str, decision: str) -> str:
    return decision


@workflow
async def main(applicant_id: str, reviewers: list[str], level: Literal["basic", "enhanced"] = "basic"):
    screening = await screen_applicant(applicant_id, level)
    if screening["risk"] == "low":
        return await finalize(applicant_id, "approved")
    for reviewer in reviewers:
        urls = await step("review_urls", lambda: get_approval_urls("kyc_review"))
        await email_reviewer(reviewer, urls["resume"], applicant_id)
        verdict = await wait_for_approval(timeout=REVIEW_TIMEOUT, key="kyc_review")  # expect: WAC303
        if not verdict["approved"]:
            return await finalize(applicant_id, f"rejected by {verdict['approver']}")
    return await finalize(applicant_id, "approved")
