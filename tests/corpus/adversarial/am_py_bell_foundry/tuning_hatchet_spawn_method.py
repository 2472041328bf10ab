# SDK: wmill 1.850.0 client.py: `task_script(path)` builds its wrapper when called; made inside a method it runs (keyed by the path), but Windmill's parser collects only top-level tasks, so the child script is missing from the diagram (the guide: tasks at top level)
"""Tune each bell of a ring by dispatching the tuning script per bell (ported from a Hatchet
workflow whose context had `ctx.spawn_workflow(name, input)`)."""

from dataclasses import dataclass

from wmill import task, task_script, workflow

TUNE_PATH = "f/foundry/tune_bell"


@dataclass
class SpawnCtx:
    ring_id: str

    async def spawn_workflow(self, path: str, **inputs):
        child = task_script(path, timeout=5400)  # expect: WAC003
        return await child(ring_id=self.ring_id, **inputs)


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
        tuned.append(await ctx.spawn_workflow(TUNE_PATH, bell_id=bell["id"], note=bell["note"]))
    return {"ring": ring_id, "tuned": tuned}
