# SDK: wmill 1.850.0 re-runs the workflow body in every round; `run_id` is a `uuid5` of the inputs, the same in every round, and the only `default_factory` left is `list` (a new empty list, no clock or randomness)
"""Weigh and log a perfume blend. The run id is derived from the formula and the
production date the scheduler passes in, so every replay computes the same one."""

import uuid
from dataclasses import dataclass, field

import httpx

from wmill import task, workflow

RUNS = uuid.UUID("6f1f5a0e-3b7c-4f2a-9a59-2f4e7d1c8b10")


@dataclass
class BlendRun:
    formula_id: str
    batch_kg: float
    run_id: str
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
async def main(formula_id: str, batch_kg: float, production_date: str):
    run = BlendRun(formula_id, batch_kg, run_id=uuid.uuid5(RUNS, f"{formula_id}:{production_date}").hex)
    weighing = await weigh_materials(run.run_id, run.formula_id, run.batch_kg)
    if weighing.get("short"):
        run.notes.append(f"short on {', '.join(weighing['short'])}")
    batch_no = await record_batch(run.run_id, weighing)
    return {"run": run.run_id, "batch": batch_no, "notes": run.notes}
