# SDK: the workflow body re-runs after every task; a file written and a reviewer drawn in it happen again (and differently) on each replay
import json
import logging
import secrets

from wmill import task, wait_for_approval, workflow

logger = logging.getLogger(__name__)

REVIEWERS = ["amira", "bo", "chen", "dmitri"]


@task(timeout=600)
async def run_contract_checks(contract_id: str) -> dict:
    """Run automated checks on a contract draft."""
    return {"contract_id": contract_id, "issues": ["missing DPA clause"], "score": 0.82}


@task()
async def assign_review(contract_id: str, reviewer: str, issues: list[str]) -> dict:
    """Assign the contract to a legal reviewer."""
    return {"contract_id": contract_id, "reviewer": reviewer, "open_issues": len(issues)}


@workflow
async def main(contract_id: str) -> dict:
    """Check a contract, assign a reviewer and wait for sign-off."""
    checks = await run_contract_checks(contract_id=contract_id)
    with open(f"/tmp/contract-{contract_id}.json", "w") as fh:  # expect: WAC101
        json.dump(checks, fh, indent=2)
    reviewer = secrets.choice(REVIEWERS)  # expect: WAC102
    assignment = await assign_review(contract_id=contract_id, reviewer=reviewer, issues=checks["issues"])
    logger.info("Assigned %s to %s", contract_id, reviewer)
    decision = await wait_for_approval(timeout=5 * 86400)
    return {"assignment": assignment, "approved": decision["approved"]}
