# SDK: wmill 1.850.0 `task` maps positional arguments to the names `inspect.signature(func)` gives (`_merge_args`); under a decorator without `functools.wraps` that is the wrapper's `(*args, **kwargs)`, so `clamp_joint("neck", 45)` is sent as `{"args": "neck", "kwargs": 45}` and the child job's `func(**kwargs)` fails with TypeError (run against `_run_workflow_async` with `_executing_key`)
"""Glue-up schedule for a violin body: each clamp step is timed by a small metrics
decorator placed under `@task` so it runs inside the task's job."""

from __future__ import annotations

import logging
import time

import requests

from wmill import sleep, task, workflow

log = logging.getLogger("glueup")
BENCH_API = "https://workshop.luthier.example/api/benches"


def timed(fn):
    async def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.1fs", fn.__name__, time.perf_counter() - t0)

    return wrapper


@task(timeout=900)
@timed
async def clamp_joint(joint: str, pressure_kpa: int) -> dict:
    r = requests.post(f"{BENCH_API}/clamps", json={"joint": joint, "pressure": pressure_kpa}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
@timed
async def release_clamps(instrument_id: str) -> None:
    requests.post(f"{BENCH_API}/release", json={"instrument": instrument_id}, timeout=30).raise_for_status()


@workflow
async def main(instrument_id: str, joints: list[str], cure_minutes: int = 90):
    clamped = []
    for joint in joints:
        clamped.append(await clamp_joint(joint, 45))  # expect: WAC402
    await sleep(cure_minutes * 60)
    await release_clamps(instrument_id=instrument_id)
    return {"instrument": instrument_id, "clamped": clamped}
