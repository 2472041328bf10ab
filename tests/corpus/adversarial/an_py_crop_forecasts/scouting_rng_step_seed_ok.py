# SDK: wmill 1.850.0 client.py: step() checkpoints the seed drawn in the first round; default_rng(seed) with that stored int draws the same picks in every round
"""Pick a random sample of fields for a scouting visit, with the seed kept in a step."""

import secrets

import numpy as np

from wmill import step, task, workflow


@task(timeout=120)
async def list_fields(farm_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/farms/{farm_id}/fields")
        r.raise_for_status()
        return r.json()


@task(timeout=600)
async def scout_field(field_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://agri.example/api/scouting", json={"field": field_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(farm_id: str, sample_size: int = 5):
    fields = await list_fields(farm_id)
    seed = await step("seed", lambda: secrets.randbits(63))
    rng = np.random.default_rng(seed)
    picked = rng.choice(len(fields), size=min(sample_size, len(fields)), replace=False)
    reports = []
    for i in sorted(int(x) for x in picked):
        reports.append(await scout_field(fields[i]["id"]))
    return {"seed": seed, "scouted": [r["field"] for r in reports]}
