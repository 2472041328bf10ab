# SDK: wmill 1.850.0 the body replays from the top after every suspension: the pool posts every batch's press reservation to the MES from the body, again in each round (one per queue_on_press task), outside any checkpoint
"""Ironing-press scheduling for a laundry plant (written by an agent from the WAC guide)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import httpx

from wmill import task, workflow

log = logging.getLogger("linen.pressing")

MES = "https://mes.linen.example"
PRESS_SPEED = {"sheet": 1400, "pillowcase": 2200, "towel": 0, "gown": 600}


def reserve_press(batch: dict) -> dict:
    speed = PRESS_SPEED.get(batch["item"], 0)
    press = "flatwork" if speed >= 1000 else "form"
    r = httpx.post(f"{MES}/presses/{press}/reservations", json={"batch": batch["id"], "pieces": batch["pieces"]})
    r.raise_for_status()
    return {"batch": batch["id"], "press": press, "slot": r.json()["slot"]}


@task(timeout=120)
async def open_batches(plant: str) -> list[dict]:
    r = httpx.get(f"{MES}/{plant}/batches", params={"state": "washed"})
    r.raise_for_status()
    return r.json()["batches"]


@task(timeout=300)
async def queue_on_press(plant: str, press: str, batch: str, slot: int) -> dict:
    r = httpx.post(f"{MES}/{plant}/presses/{press}/queue", json={"batch": batch, "slot": slot})
    r.raise_for_status()
    return r.json()


@workflow
async def main(plant: str, max_workers: int = 4):
    batches = await open_batches(plant)
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        slots = list(pool.map(reserve_press, batches))  # expect: WAC101
    queued = []
    for s in slots:
        queued.append(await queue_on_press(plant, s["press"], s["batch"], s["slot"]))
    log.info("queued %d batches", len(queued))
    return {"plant": plant, "queued": len(queued)}
