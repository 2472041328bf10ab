# SDK: a task call in the body either resolves from the checkpoint at once or raises _StepSuspend (a BaseException) at once, so asyncio.wait_for never times out around it; a failed task raises TaskError
import asyncio
import logging

from wmill import task, workflow

logger = logging.getLogger(__name__)


@task(timeout=120)
async def fetch_credit_score(applicant_id: str) -> dict:
    """Fetch the applicant's score from the bureau.

    Args:
        applicant_id: Internal applicant identifier.

    Returns:
        A dict with the score and the bureau reference.
    """
    import httpx

    async with httpx.AsyncClient(base_url="https://bureau.example.com", timeout=60) as http:
        resp = await http.get(f"/v2/scores/{applicant_id}")
        resp.raise_for_status()
        return resp.json()


@task()
async def decide(applicant_id: str, score: int | None) -> dict:
    """Turn a score into a decision."""
    if score is None:
        return {"applicant_id": applicant_id, "decision": "manual_review"}
    return {"applicant_id": applicant_id, "decision": "approve" if score >= 680 else "decline"}


@workflow
async def main(applicant_id: str) -> dict:
    """Score an applicant, falling back to manual review if the bureau is slow.

    Args:
        applicant_id: Internal applicant identifier.

    Returns:
        The decision record.
    """
    score = None
    try:
        # Give the bureau 30 seconds before falling back.
        report = await asyncio.wait_for(fetch_credit_score(applicant_id=applicant_id), timeout=30)
        score = report["score"]
    except asyncio.TimeoutError:  # expect: WAC204
        logger.warning("Bureau timed out for %s; routing to manual review", applicant_id)
    return await decide(applicant_id=applicant_id, score=score)
