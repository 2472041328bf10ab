# SDK: wmill 1.850.0 secrets/random used only inside a task; the body samples with a seeded numpy Generator (default_rng(seed) with an input seed); step() checkpoints the reviewer roster read from the API
import httpx
import numpy as np
from wmill import parallel, step, task, workflow

LQA_API = "https://lqa.agency.example"


async def roster() -> list[str]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"{LQA_API}/reviewers", params={"active": "true"})
        r.raise_for_status()
        return sorted(x["email"] for x in r.json())


@task()
async def score_segment(segment_id: str, reviewer: str) -> dict:
    import secrets

    async with httpx.AsyncClient(base_url=LQA_API) as c:
        r = await c.post("/assignments", json={"segment": segment_id, "reviewer": reviewer, "nonce": secrets.token_hex(8)})
        r.raise_for_status()
        return {"segment": segment_id, "errors": int(r.json()["errors"])}


@workflow
async def main(job_id: str, segment_ids: list[str], rate: float = 0.1, seed: int = 2026):
    reviewers = await step("roster", roster)
    rng = np.random.default_rng(seed)
    n = max(1, int(len(segment_ids) * rate))
    picked = sorted(rng.choice(len(segment_ids), size=min(n, len(segment_ids)), replace=False).tolist())
    pairs = [(segment_ids[i], reviewers[k % len(reviewers)]) for k, i in enumerate(picked)]
    scores = await parallel(pairs, lambda p: score_segment(p[0], p[1]), concurrency=5)
    errors = sum(s["errors"] for s in scores)
    return {"job": job_id, "sampled": len(scores), "errors_per_segment": round(errors / len(scores), 3)}
