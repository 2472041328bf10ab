# SDK: wmill 1.850.0 returns a task's value through JSON; the tiers are keyed by str names, which survive `json.dumps` / `json.loads` as they are, so `tiers.get(name)` finds them in every round
"""Evaporation-tier check of a new accord, tiers keyed by name (top, heart, base)."""

import httpx

from wmill import task, workflow

TIER_NAMES = {1: "top", 2: "heart", 3: "base"}


@task(timeout=300)
async def classify_materials(accord_id: str) -> dict[str, list[str]]:
    async with httpx.AsyncClient(base_url="https://formulary.atelier.example") as client:
        r = await client.get(f"/accords/{accord_id}/materials")
        r.raise_for_status()
    tiers: dict[str, list[str]] = {name: [] for name in TIER_NAMES.values()}
    for m in r.json()["materials"]:
        tiers[TIER_NAMES[int(m["volatility_tier"])]].append(m["cas"])
    return tiers


@task(timeout=300)
async def request_rebalance(accord_id: str, missing_tiers: list[str]) -> dict:
    async with httpx.AsyncClient(base_url="https://formulary.atelier.example") as client:
        r = await client.post(f"/accords/{accord_id}/rebalance", json={"missing": missing_tiers})
        r.raise_for_status()
        return r.json()


@workflow
async def main(accord_id: str):
    tiers = await classify_materials(accord_id)
    missing = [name for name in TIER_NAMES.values() if not tiers.get(name)]
    if missing:
        return await request_rebalance(accord_id, missing)
    return {"accord": accord_id, "balanced": True}
