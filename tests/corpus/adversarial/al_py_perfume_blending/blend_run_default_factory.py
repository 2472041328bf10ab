# SDK: wmill 1.850.0 re-runs the workflow body in every round; `BlendRun(formula_id=...)` runs the dataclass's `default_factory` for `run_id` (a `uuid4()`), so the run id sent to the weighing task differs in every round (the child job that runs a task replays the body up to it and calls it with its own id)
"""Weigh and log a perfume blend. Ported from a Prefect flow whose run object got its
id from a dataclass default factory."""

import uuid
from dataclasses import dataclass, field

import httpx

from wmill import task, workflow


@dataclass
class BlendRun:
    formula_id: str
    batch_kg: float
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    notes: list[str] = field(default_factory=list)


@task(timeout=300)
async def weigh_materials(run_id: str, formula_id: str, batch_kg: float) -> dict:
    async with httpx.AsyncClient(base_url="https://scales.atelier.example") as client:
        r = await client.post("/weighings", json={"run": run_id, "formula": formula_id, "kg": batch_kg})
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def record_batch(run_id: str, weighing: dict) -> str:
    async with httpx.AsyncClient(base_url="https://lims.atelier.example") as client:
        r = await client.post("/batches", json={"run": run_id, "weighing": weighing})
        r.raise_for_status()
        return r.json()["batch_no"]


@workflow
async def main(formula_id: str, batch_kg: float):
    run = BlendRun(formula_id=formula_id, batch_kg=batch_kg)  # expect: WAC102
    weighing = await weigh_materials(run.run_id, run.formula_id, run.batch_kg)
    batch_no = await record_batch(run.run_id, weighing)
    return {"run": run.run_id, "batch": batch_no}
