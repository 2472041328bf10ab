# SDK: a failed task raises wmill.TaskError (result {"error": {...}}) in every round; the task's own timeout= bounds the child job
import logging

from wmill import TaskError, task, workflow

logger = logging.getLogger(__name__)


@task(timeout=30)
async def fetch_credit_score(applicant_id: str) -> dict:
    """Fetch the applicant's score from the bureau (the job is killed after 30 s)."""
    import httpx

    async with httpx.AsyncClient(base_url="https://bureau.example.com", timeout=25) as http:
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
    """Score an applicant, falling back to manual review when the bureau call fails."""
    score = None
    try:
        report = await fetch_credit_score(applicant_id=applicant_id)
        score = report["score"]
    except TaskError as err:
        reason = (err.result or {}).get("error", {}).get("name", "unknown")
        logger.warning("Bureau call failed (%s) for %s; manual review", reason, applicant_id)
    except Exception:
        logger.exception("Unexpected failure; manual review")
    return await decide(applicant_id=applicant_id, score=score)
