# SDK: wmill 1.850.0 _run_inline_step checkpoints a step; the body is re-run from the top each round, so uuid4() there changes per round
"""Ported from Temporal: workflow.uuid4() and workflow.now() were replaced by their stdlib spellings."""
import uuid
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def open_claim(claim_id: str, policy_no: str, opened_at: str) -> dict:
    import wmill
    import httpx

    api = wmill.get_resource("f/claims/core_api")
    r = httpx.post(f"{api['url']}/claims", json={"id": claim_id, "policy": policy_no, "opened_at": opened_at})
    r.raise_for_status()
    return r.json()


@task()
async def assign_adjuster(claim_id: str, region: str) -> str:
    import httpx
    import wmill

    api = wmill.get_resource("f/claims/core_api")
    r = httpx.post(f"{api['url']}/claims/{claim_id}/assign", json={"region": region})
    r.raise_for_status()
    return r.json()["adjuster"]


@workflow
async def main(policy_no: str, region: str = "emea"):
    claim_id = str(uuid.uuid4())  # expect: WAC102
    opened_at = await step("opened_at", lambda: datetime.now(timezone.utc).isoformat())
    claim = await open_claim(claim_id, policy_no, opened_at)
    adjuster = await assign_adjuster(claim["id"], region)
    return {"claim": claim["id"], "adjuster": adjuster}
