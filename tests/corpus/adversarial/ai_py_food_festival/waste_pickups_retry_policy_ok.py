# SDK: wmill 1.850.0 retry policy keys attempts, delay, multiplier, max_delay: Celery's exponential backoff is `multiplier=2`, its cap `max_delay`
"""Waste and recycling pickups from the festival stalls (Celery tasks with autoretry ported to WAC tasks)."""

from __future__ import annotations

import logging

from wmill import parallel, sleep, task, workflow

log = logging.getLogger("festival.waste")

HAULER = "https://hauler.example/api"
RETRY = {"attempts": 4, "delay": 30, "multiplier": 2, "max_delay": 600}


@task(timeout=300, retry=RETRY)
async def request_pickup(stall: str, streams: list[str]) -> dict:
    import requests

    r = requests.post(f"{HAULER}/pickups", json={"site": stall, "streams": streams}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def bin_levels(zone: str) -> dict[str, dict[str, int]]:
    import requests

    r = requests.get(f"https://bins.festival.example/zones/{zone}", timeout=30)
    r.raise_for_status()
    return r.json()


def streams_to_empty(levels: dict[str, int], threshold: int) -> list[str]:
    return [s for s, pct in sorted(levels.items()) if pct >= threshold]


@workflow
async def main(zone: str, threshold_pct: int = 75, rounds: int = 6, every_min: int = 90):
    booked: list[dict] = []
    for _ in range(rounds):
        levels = await bin_levels(zone)
        due = [(stall, streams_to_empty(lv, threshold_pct)) for stall, lv in sorted(levels.items())]
        due = [d for d in due if d[1]]
        booked += await parallel(due, lambda d: request_pickup(d[0], d[1]), concurrency=4)
        await sleep(every_min * 60)
    log.info("zone %s: %d pickups", zone, len(booked))
    return {"zone": zone, "pickups": len(booked)}
