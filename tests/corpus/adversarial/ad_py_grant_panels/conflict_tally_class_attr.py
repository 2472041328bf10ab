# SDK: wmill 1.850.0 a step's fn runs once, then replays read only its returned value; Tally.flagged is bumped inside the step callback, so after a replay the class attribute is back at 0 and the escalation threshold is never reached
import logging

import httpx
from wmill import step, task, wait_for_approval, workflow

log = logging.getLogger("grants.conflicts")

GMS = "https://gms.research-council.example/api"
ESCALATE_AT = 2


class Tally:
    flagged = 0
    reasons: list[str] = []


def declare(review: dict) -> bool:
    conflict = bool(review.get("declared_conflict")) or review.get("same_institution", False)
    if conflict:
        Tally.flagged += 1  # expect: WAC104
        Tally.reasons.append(review["reviewer"])  # expect: WAC104
    return conflict


@task()
async def reviews_for(application_id: str) -> list[dict]:
    r = httpx.get(f"{GMS}/applications/{application_id}/reviews")
    r.raise_for_status()
    return r.json()


@task()
async def void_review(application_id: str, reviewer: str) -> None:
    httpx.post(f"{GMS}/applications/{application_id}/reviews/{reviewer}/void").raise_for_status()


@workflow
async def main(application_id: str):
    reviews = await reviews_for(application_id=application_id)
    for review in reviews:
        conflicted = await step("declare", lambda review=review: declare(review))
        if conflicted:
            await void_review(application_id=application_id, reviewer=review["reviewer"])
    if Tally.flagged >= ESCALATE_AT:
        answer = await wait_for_approval(timeout=7 * 24 * 3600, key="integrity_officer")
        return {"application": application_id, "escalated": True, "approved": answer["approved"]}
    return {"application": application_id, "escalated": False, "voided": Tally.reasons}
