# SDK: wmill 1.850.0 client.py: the body replays after each task; torch.multinomial without generator= draws from the global default generator, which PyTorch seeds from the OS in each new process (no manual_seed here), so another field may be drawn in each round
"""Draw the fields for a soil-probe audit, weighted by their area (ported from a notebook)."""

import torch

from wmill import task, workflow


@task(timeout=120)
async def list_fields(farm_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/farms/{farm_id}/fields")
        r.raise_for_status()
        return r.json()


@task(timeout=600)
async def probe(field_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://agri.example/api/soil-probes", json={"field": field_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(farm_id: str, audits: int = 4):
    fields = await list_fields(farm_id)
    weights = torch.tensor([f["area_ha"] for f in fields], dtype=torch.float32)
    drawn = torch.multinomial(weights, num_samples=min(audits, len(fields)))  # expect: WAC102
    results = []
    for i in drawn.tolist():
        results.append(await probe(fields[i]["id"]))
    return {"probed": [r["field"] for r in results]}
