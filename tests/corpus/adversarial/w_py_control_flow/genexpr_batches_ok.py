# SDK: wmill 1.850.0 client.py — asyncio.gather over a generator expression of task calls: each call hits _next_step in order, keys score_lead, score_lead_2, ...; batches() is a pure generator
import asyncio
from collections.abc import Iterator

from wmill import task, workflow


def batches(items: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@task()
async def score_lead(lead: dict) -> dict:
    import httpx

    r = httpx.post("https://scoring.example.com/v1/score", json=lead, timeout=30)
    return {"id": lead["id"], "score": r.json()["score"]}


@task()
async def push_scores(scores: list[dict]) -> int:
    import httpx

    return httpx.post("https://crm.example.com/bulk/scores", json=scores).json()["updated"]


@workflow
async def main(leads: list[dict], batch_size: int = 20):
    updated = 0
    for chunk in batches(leads, batch_size):
        scores = await asyncio.gather(*(score_lead(lead) for lead in chunk))
        updated += await push_scores(list(scores))
    return {"updated": updated}
