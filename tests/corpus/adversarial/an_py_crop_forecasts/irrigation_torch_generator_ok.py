# SDK: wmill 1.850.0 client.py: the body replays after each task; a new torch.Generator() starts from PyTorch's fixed default seed (67280421310721) in every process, so randperm(generator=g) gives the same order in every round (only the global default generator is seeded from the OS)
"""Split fields into irrigation crews in a reproducible shuffled order (ported from a notebook)."""

import torch

from wmill import task, workflow


@task(timeout=120)
async def list_fields(farm_id: str) -> list[str]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/farms/{farm_id}/fields")
        r.raise_for_status()
        return [f["id"] for f in r.json()]


@task(timeout=300)
async def assign_crew(crew: int, field_ids: list[str]) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://agri.example/api/crews/assign", json={"crew": crew, "fields": field_ids})
        r.raise_for_status()
        return r.json()


@workflow
async def main(farm_id: str, crews: int = 3):
    field_ids = await list_fields(farm_id)
    g = torch.Generator()
    order = torch.randperm(len(field_ids), generator=g).tolist()
    shuffled = [field_ids[i] for i in order]
    results = []
    for crew in range(crews):
        results.append(await assign_crew(crew, shuffled[crew::crews]))
    return {"crews": len(results)}
