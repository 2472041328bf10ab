# SDK: wmill 1.850.0 `parallel(items, fn, concurrency=n)` calls `fn(item)` per item and gathers each batch; a `functools.partial` of a task binds its keyword arguments and still returns the task's awaitable
"""Bake a shift's batches in parallel, ported from an Airflow TaskFlow DAG (`bake.partial(shift=...).expand(batch=...)`)."""

from __future__ import annotations

import functools
import logging
import operator

from wmill import parallel, task, workflow

log = logging.getLogger("bakery.shift")


@task(timeout=1800, tag="ovens", retry={"attempts": 2, "delay": 60})
async def bake_batch(batch: dict, shift: str, oven_group: str) -> dict:
    import requests

    r = requests.post(
        f"https://ovens.crumb.example/groups/{oven_group}/bake",
        json={"batch": batch["id"], "program": batch["program"], "shift": shift},
        timeout=1700,
    )
    r.raise_for_status()
    return {"batch": batch["id"], **r.json()}


@task(timeout=120)
async def shift_report(shift: str, results: list[dict]) -> str:
    import requests

    r = requests.post("https://erp.crumb.example/api/shift-reports", json={"shift": shift, "results": results}, timeout=60)
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(shift: str, batches: list[dict], oven_group: str = "central", concurrency: int = 4):
    ordered = sorted(batches, key=operator.itemgetter("priority", "id"))
    bake_for_shift = functools.partial(bake_batch, shift=shift, oven_group=oven_group)
    results = await parallel(ordered, bake_for_shift, concurrency=concurrency)
    failed = [r for r in results if r.get("status") != "done"]
    report = await shift_report(shift, results)
    log.info("shift %s: %d batches, %d failed", shift, len(results), len(failed))
    return {"shift": shift, "report": report, "failed": [f["batch"] for f in failed]}
