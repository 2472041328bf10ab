# SDK: wmill 1.850.0 client.py: `task_script(path, timeout=...)` made once at top level (Windmill's parser draws it); the context's method only calls that wrapper, which dispatches through `_next_step` with keys `f/foundry/tune_bell`, `..._2` in loop order
"""Tune each bell of a ring by dispatching the tuning script per bell (ported from a Hatchet
workflow whose context had `ctx.spawn_workflow(name, input)`)."""

from dataclasses import dataclass

from wmill import task, task_script, workflow

tune_bell = task_script("f/foundry/tune_bell", timeout=5400)


@dataclass
class SpawnCtx:
    ring_id: str

    async def spawn_tuning(self, **inputs):
        return await tune_bell(ring_id=self.ring_id, **inputs)


@task(timeout=120)
async def ring_plan(ring_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(base_url="https://rings.bellfoundry.example") as client:
        r = await client.get(f"/rings/{ring_id}/bells")
        r.raise_for_status()
        return r.json()["bells"]


@workflow
async def main(ring_id: str):
    ctx = SpawnCtx(ring_id)
    tuned = []
    for bell in await ring_plan(ring_id):
        tuned.append(await ctx.spawn_tuning(bell_id=bell["id"], note=bell["note"]))
    return {"ring": ring_id, "tuned": tuned}
