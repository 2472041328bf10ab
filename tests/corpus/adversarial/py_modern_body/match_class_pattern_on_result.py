# SDK: wmill 1.850.0 client.py: a task's result is JSON decoded back (a dict), so a class pattern `case Verdict(...)` never matches it and the workflow always takes the fallback arm.
from dataclasses import asdict, dataclass

from wmill import task, workflow


@dataclass
class Verdict:
    approved: bool
    score: float


@task()
async def review(claim_id: str) -> dict:
    score = 0.93 if claim_id.startswith("A") else 0.2
    return asdict(Verdict(approved=score > 0.9, score=score))


@task()
async def pay_claim(claim_id: str) -> str:
    return f"paid:{claim_id}"


@task()
async def escalate(claim_id: str) -> str:
    return f"escalated:{claim_id}"


@workflow
async def main(claim_id: str):
    verdict = await review(claim_id)
    match verdict:
        case Verdict(approved=True):  # expect: WAC107
            return await pay_claim(claim_id)
        case _:
            return await escalate(claim_id)
