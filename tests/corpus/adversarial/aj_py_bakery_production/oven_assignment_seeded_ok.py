# SDK: wmill 1.850.0 `random.Random(seed)` with a string seed is seeded from its sha512 (version 2 seeding), the same in every process, so the tie-break picks the same oven on every replay
"""Assign proofed batches to ovens at the central bakery, ported from a Dagster op graph (`assign_oven` op with a seeded tie-break)."""

from __future__ import annotations

import logging
import random

from wmill import task, workflow

log = logging.getLogger("bakery.ovens")

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
    return sorted((o for o in ovens if o["queue"] == low), key=lambda o: o["id"])


@workflow
async def main(batches: list[dict], shift: str):
    rng = random.Random(f"ovens:{shift}")
    results = []
    for batch in batches:
        ovens = [o for o in await oven_status() if batch["program"] in o["programs"]]
        if not ovens:
            results.append({"batch": batch["id"], "status": "no_oven"})
            continue
        oven = rng.choice(least_loaded(ovens))
        out = await bake(oven["id"], batch["id"], batch["program"])
        results.append({"batch": batch["id"], "oven": oven["id"], "status": out["status"]})
    log.info("baked %d batches", len(results))
    return results
