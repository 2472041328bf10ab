# SDK: wmill 1.850.0 runs a task's function once in its own job and replays its recorded result (`_next_step`); the worker's CPU count and host name are read inside the task, and the branch follows the workflow's input
"""Kiln-dry tonewood batches; the model picks its own parallelism inside the task."""

from __future__ import annotations

import os
import platform

import requests

from wmill import task, task_script, workflow

remote_moisture_model = task_script("f/luthier/moisture_model_gpu", timeout=1800, tag="gpu")


@task(timeout=1800)
async def local_moisture_model(batch_id: str, readings: list[float]) -> dict:
    import statistics

    workers = os.cpu_count() or 1
    return {
        "batch": batch_id,
        "target_days": round(statistics.fmean(readings) * 1.8, 1),
        "computed_on": f"{platform.node()} x{workers}",
    }


@task(timeout=300)
async def book_kiln(batch_id: str, days: float) -> dict:
    r = requests.post(
        "https://workshop.luthier.example/api/kilns/bookings",
        json={"batch": batch_id, "days": days},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(batch_id: str, readings: list[float], use_gpu: bool = False):
    if use_gpu:
        plan = await remote_moisture_model(batch_id=batch_id, readings=readings)
    else:
        plan = await local_moisture_model(batch_id, readings)
    booking = await book_kiln(batch_id, plan["target_days"])
    return {"batch": batch_id, "plan": plan, "booking": booking}
