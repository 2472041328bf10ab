# SDK: wmill 1.850.0 returns a task's value through `json.dumps` / `json.loads` (the child job's result, then `_resolved` of the checkpoint): int dict keys come back as strings, so `tiers.get(tier)` with an int finds nothing and every tier looks empty
"""Evaporation-tier check of a new accord: top notes (tier 1), heart (2), base (3).
Ported from a Celery chord whose callback got the tiers as a Python dict."""

import httpx

from wmill import task, workflow

TIERS = (1, 2, 3)


@task(timeout=300)
async def classify_materials(accord_id: str) -> dict[int, list[str]]:
    async with httpx.AsyncClient(base_url="https://formulary.atelier.example") as client:
        r = await client.get(f"/accords/{accord_id}/materials")
        r.raise_for_status()
    tiers: dict[int, list[str]] = {1: [], 2: [], 3: []}
    for m in r.json()["materials"]:
        tiers[int(m["volatility_tier"])].append(m["cas"])
    return tiers  # expect: WAC107


@task(timeout=300)
async def request_rebalance(accord_id: str, missing_tiers: list[int]) -> dict:
    async with httpx.AsyncClient(base_url="https://formulary.atelier.example") as client:
        r = await client.post(f"/accords/{accord_id}/rebalance", json={"missing": missing_tiers})
        r.raise_for_status()
        return r.json()


@workflow
async def main(accord_id: str):
    tiers = await classify_materials(accord_id)
    missing = [tier for tier in TIERS if not tiers.get(tier)]
    if missing:
        return await request_rebalance(accord_id, missing)
    return {"accord": accord_id, "balanced": True}
