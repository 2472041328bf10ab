# SDK: wmill 1.850.0 re-runs the workflow body in every round; `enter_async_context(scale_lease(...))` runs the generator up to `yield` there (a POST acquiring the scale), and the suspension unwinding the `async with` runs its `finally` (a POST releasing it), in every round
"""Compounding a fragrance concentrate on the shared precision scale. Ported from an
anyio service where each weighing held a lease on the scale for the whole batch."""

from contextlib import AsyncExitStack, asynccontextmanager

import httpx

from wmill import task, workflow

SCALES = "https://scales.atelier.example"


@asynccontextmanager
async def scale_lease(scale_id: str, holder: str):
    async with httpx.AsyncClient(base_url=SCALES) as client:
        r = await client.post(f"/scales/{scale_id}/lease", json={"holder": holder})
        r.raise_for_status()
        try:
            yield r.json()["lease_id"]
        finally:
            await client.delete(f"/scales/{scale_id}/lease/{r.json()['lease_id']}")


@task(timeout=600)
async def weigh(scale_id: str, lease_id: str, material: str, grams: float) -> float:
    async with httpx.AsyncClient(base_url=SCALES) as client:
        r = await client.post(f"/scales/{scale_id}/weighings", json={"lease": lease_id, "material": material, "g": grams})
        r.raise_for_status()
        return float(r.json()["actual_g"])


@workflow
async def main(batch_id: str, scale_id: str, formula: dict[str, float]):
    actual = {}
    async with AsyncExitStack() as stack:
        lease_id = await stack.enter_async_context(scale_lease(scale_id, batch_id))  # expect: WAC101
        for material, grams in formula.items():
            actual[material] = await weigh(scale_id, lease_id, material, grams)
    return {"batch": batch_id, "actual_g": actual}
