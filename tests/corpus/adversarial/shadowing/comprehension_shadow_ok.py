# SDK: wmill 1.850.0 client.py: asyncio.gather over task coroutines dispatches them together (_pending, mode "parallel").
import asyncio
import random

from wmill import step, task, workflow


@task()
async def score(candidate: dict) -> float:
    return float(len(candidate.get("skills", [])))


@workflow
async def main(candidates: list[dict], sample: int = 5):
    # `random` below is a candidate field (a random-draw flag), not the module
    flagged = [c for c in candidates if c.get("random")]
    picked = await step("sample", lambda: random.sample(candidates, min(sample, len(candidates))))
    scores = await asyncio.gather(*(score(c) for c in picked))
    ranking = sorted(zip(scores, (c["name"] for c in picked)), reverse=True)
    return {"ranking": ranking, "flagged": len(flagged)}
