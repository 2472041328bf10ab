# SDK: wmill 1.850.0 client.py: a task's result is JSON decoded back (a dict), so mapping patterns match it in every round.
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
async def escalate(claim_id: str, reason: str) -> str:
    return f"escalated:{claim_id}:{reason}"


@workflow
async def main(claim_id: str):
    match await review(claim_id):
        case {"approved": True, "score": float(score)} if score > 0.9:
            return await pay_claim(claim_id)
        case {"approved": False}:
            return await escalate(claim_id, "rejected")
        case other:
            return await escalate(claim_id, f"unexpected {sorted(other)}")
