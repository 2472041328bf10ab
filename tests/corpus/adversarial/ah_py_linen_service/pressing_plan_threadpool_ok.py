# SDK: wmill 1.850.0 the pool maps a pure planning function over the task's checkpointed batches (no I/O, no clock), and pool.map returns results in input order, so the tasks after it are dispatched in the same order on every replay
"""Ironing-press scheduling for a laundry plant (written by an agent from the WAC guide)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from wmill import task, workflow

log = logging.getLogger("linen.pressing")

PRESS_SPEED = {"sheet": 1400, "pillowcase": 2200, "towel": 0, "gown": 600}


@lru_cache(maxsize=64)
def press_profile(item: str) -> tuple[int, int]:
    speed = PRESS_SPEED.get(item, 0)
    temp = 180 if item in ("sheet", "pillowcase") else 150
    return speed, temp


def plan_batch(batch: dict) -> dict:
    speed, temp = press_profile(batch["item"])
    minutes = 0 if speed == 0 else round(batch["pieces"] * 60 / speed, 1)
    return {"batch": batch["id"], "press": "flatwork" if speed >= 1000 else "form", "minutes": minutes, "temp": temp}


@task(timeout=120)
async def open_batches(plant: str) -> list[dict]:
    import httpx

    r = httpx.get(f"https://mes.linen.example/{plant}/batches", params={"state": "washed"})
    r.raise_for_status()
    return r.json()["batches"]


@task(timeout=300)
async def queue_on_press(plant: str, press: str, batch: str, minutes: float, temp: int) -> dict:
    import httpx

    r = httpx.post(f"https://mes.linen.example/{plant}/presses/{press}/queue", json={"batch": batch, "minutes": minutes, "temp": temp})
    r.raise_for_status()
    return r.json()


@workflow
async def main(plant: str, max_workers: int = 4):
    batches = await open_batches(plant)
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        plans = list(pool.map(plan_batch, batches))
    queued = []
    for p in plans:
        if p["minutes"] == 0:
            continue
        queued.append(await queue_on_press(plant, p["press"], p["batch"], p["minutes"], p["temp"]))
    log.info("queued %d of %d batches", len(queued), len(plans))
    return {"plant": plant, "queued": len(queued)}
