# SDK: wmill 1.850.0 client.py: the body replays from the top after each task; numpy's default_rng(seed=None) pulls fresh OS entropy in every round, so each round picks other fields while the task keys (scout_field, scout_field_2, ...) replay the first round's results
"""Pick a random sample of fields for a scouting visit (ported from the agronomy notebook)."""

import numpy as np

from wmill import task, workflow


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
    rng = np.random.default_rng(seed=None)  # expect: WAC102
    picked = rng.choice(len(fields), size=min(sample_size, len(fields)), replace=False)
    reports = []
    for i in sorted(int(x) for x in picked):
        reports.append(await scout_field(fields[i]["id"]))
    return {"scouted": [r["field"] for r in reports]}
