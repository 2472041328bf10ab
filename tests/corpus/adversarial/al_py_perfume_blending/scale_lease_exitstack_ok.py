# SDK: wmill 1.850.0 re-runs the workflow body in every round; the exit stack here only registers a logging callback (`stack.callback(print, ...)`) and the lease is taken and released inside the one task that weighs the whole formula
"""Compounding a fragrance concentrate on the shared precision scale: the lease covers
the weighing task, and the body's exit stack only logs when the block is left."""

from contextlib import AsyncExitStack, asynccontextmanager

import httpx

from wmill import task, workflow

SCALES = "https://scales.atelier.example"


@asynccontextmanager
async def scale_lease(client: httpx.AsyncClient, scale_id: str, holder: str):
    r = await client.post(f"/scales/{scale_id}/lease", json={"holder": holder})
    r.raise_for_status()
    lease_id = r.json()["lease_id"]
    try:
        yield lease_id
    finally:
        await client.delete(f"/scales/{scale_id}/lease/{lease_id}")


@task(timeout=1800)
async def weigh_formula(batch_id: str, scale_id: str, formula: dict[str, float]) -> dict[str, float]:
    actual = {}
    async with httpx.AsyncClient(base_url=SCALES) as client:
        async with scale_lease(client, scale_id, batch_id) as lease_id:
            for material, grams in formula.items():
                r = await client.post(f"/scales/{scale_id}/weighings", json={"lease": lease_id, "material": material, "g": grams})
                r.raise_for_status()
                actual[material] = float(r.json()["actual_g"])
    return actual


@task(timeout=300)
async def label_batch(batch_id: str, actual_g: dict[str, float]) -> str:
    async with httpx.AsyncClient(base_url="https://lims.atelier.example") as client:
        r = await client.post(f"/batches/{batch_id}/label", json={"actual_g": actual_g})
        r.raise_for_status()
        return r.json()["label_url"]


@workflow
async def main(batch_id: str, scale_id: str, formula: dict[str, float]):
    async with AsyncExitStack() as stack:
        stack.callback(print, f"batch {batch_id}: compounding block left")
        actual = await weigh_formula(batch_id, scale_id, formula)
        label = await label_batch(batch_id, actual)
    return {"batch": batch_id, "actual_g": actual, "label": label}
