# SDK: wmill 1.850.0 each replay is a new process: a module-level `random.Random()` is seeded from the OS, so `rng.choice(...)` picks another oven on each replay and the batch's task is called with other arguments than the checkpoint holds
"""Assign proofed batches to ovens at the central bakery, ported from a Dagster op graph (`assign_oven` op with a random tie-break)."""

from __future__ import annotations

import logging
import random

from wmill import task, workflow

log = logging.getLogger("bakery.ovens")

rng = random.Random()
OVENS_API = "https://ovens.crumb.example"


@task(timeout=120)
async def oven_status() -> list[dict]:
    import requests

    r = requests.get(f"{OVENS_API}/ovens", timeout=30)
    r.raise_for_status()
    return r.json()["ovens"]


@task(timeout=1800, tag="ovens")
async def bake(oven_id: str, batch_id: str, program: str) -> dict:
    import requests

    r = requests.post(f"{OVENS_API}/ovens/{oven_id}/bake", json={"batch": batch_id, "program": program}, timeout=1700)
    r.raise_for_status()
    return r.json()


def least_loaded(ovens: list[dict]) -> list[dict]:
    low = min(o["queue"] for o in ovens)
    return [o for o in ovens if o["queue"] == low]


@workflow
async def main(batches: list[dict]):
    results = []
    for batch in batches:
        ovens = [o for o in await oven_status() if batch["program"] in o["programs"]]
        if not ovens:
            results.append({"batch": batch["id"], "status": "no_oven"})
            continue
        oven = rng.choice(least_loaded(ovens))  # expect: WAC102
        out = await bake(oven["id"], batch["id"], batch["program"])
        results.append({"batch": batch["id"], "oven": oven["id"], "status": out["status"]})
    log.info("baked %d batches", len(results))
    return results
