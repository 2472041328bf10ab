# SDK: wmill 1.850.0 each round of the body is a new job, possibly on another worker; `os.cpu_count()` and `platform.node()` describe the worker that runs the round, so the branch and the host name sent to the task can differ between replays
"""Kiln-dry tonewood batches; the moisture model runs locally on big workers and is sent
to the GPU queue otherwise (ported from a Flyte workflow with resource requests)."""

from __future__ import annotations

import os
import platform

import requests

from wmill import task, task_script, workflow

remote_moisture_model = task_script("f/luthier/moisture_model_gpu", timeout=1800, tag="gpu")


@task(timeout=1800)
async def local_moisture_model(batch_id: str, readings: list[float]) -> dict:
    import statistics

    return {"batch": batch_id, "target_days": round(statistics.fmean(readings) * 1.8, 1)}


@task(timeout=300)
async def book_kiln(batch_id: str, days: float, requested_by: str) -> dict:
    r = requests.post(
        "https://workshop.luthier.example/api/kilns/bookings",
        json={"batch": batch_id, "days": days, "requested_by": requested_by},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(batch_id: str, readings: list[float]):
    if (os.cpu_count() or 1) >= 16:  # expect: WAC102
        plan = await local_moisture_model(batch_id, readings)
    else:
        plan = await remote_moisture_model(batch_id=batch_id, readings=readings)
    booking = await book_kiln(batch_id, plan["target_days"], f"wac@{platform.node()}")  # expect: WAC102
    return {"batch": batch_id, "plan": plan, "booking": booking}
