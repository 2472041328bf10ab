# SDK: wmill 1.850.0 `task` maps positional arguments to the names of `inspect.signature(func)` (`_merge_args`), which follows `__wrapped__` set by `functools.wraps`, so the decorated function's own parameter names are sent; the keyword call under the unwrapped decorator is sent by name too (both run against `_run_workflow_async` with `_executing_key`)
"""Glue-up schedule with metrics decorators under `@task`."""

from __future__ import annotations

import functools
import logging
import time

import requests

from wmill import sleep, task, workflow

log = logging.getLogger("glueup")
BENCH_API = "https://workshop.luthier.example/api/benches"


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.1fs", fn.__name__, time.perf_counter() - t0)

    return wrapper


def counted(fn):
    async def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return await fn(*args, **kwargs)

    return wrapper


@task(timeout=900)
@timed
async def clamp_joint(joint: str, pressure_kpa: int) -> dict:
    r = requests.post(f"{BENCH_API}/clamps", json={"joint": joint, "pressure": pressure_kpa}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
@counted
async def release_clamps(instrument_id: str) -> None:
    requests.post(f"{BENCH_API}/release", json={"instrument": instrument_id}, timeout=30).raise_for_status()


@workflow
async def main(instrument_id: str, joints: list[str], cure_minutes: int = 90):
    clamped = []
    for joint in joints:
        clamped.append(await clamp_joint(joint, 45))
    await sleep(cure_minutes * 60)
    await release_clamps(instrument_id=instrument_id)
    return {"instrument": instrument_id, "clamped": clamped}
