# SDK: wmill 1.850.0 the child job runs the task body inside `_run_workflow`'s loop; `new_event_loop().run_until_complete(...)` on that thread raises RuntimeError ("Cannot run the event loop while another loop is running"), so every inspection task fails
"""Food-hygiene inspections of every stall on opening morning (a Celery worker's sync task, wrapped into WAC tasks)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from wmill import TaskError, parallel, task, workflow

log = logging.getLogger("festival.hygiene")

INSPECT = "https://hygiene.festival.example"


@dataclass
class Reading:
    probe: str
    celsius: float


async def _probe_temperatures(stall: str) -> list[Reading]:
    import httpx

    async with httpx.AsyncClient(base_url=INSPECT, timeout=20) as c:
        r = await c.get(f"/stalls/{stall}/probes")
        r.raise_for_status()
        return [Reading(p["id"], float(p["c"])) for p in r.json()]


def probe_temperatures(stall: str) -> list[Reading]:
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(_probe_temperatures(stall))
    finally:
        loop.close()


@task(timeout=600, tag="inspectors")
async def inspect_stall(stall: str, cold_max_c: float = 5.0, hot_min_c: float = 63.0) -> dict:
    readings = probe_temperatures(stall)  # expect: WAC301
    bad = [r.probe for r in readings if cold_max_c < r.celsius < hot_min_c]
    return {"stall": stall, "pass": not bad, "danger_zone": bad}


@task(timeout=120)
async def stalls_open_today(day: str) -> list[str]:
    import httpx

    r = httpx.get(f"{INSPECT}/days/{day}/stalls")
    r.raise_for_status()
    return sorted(r.json())


@task(timeout=120)
async def close_stall(stall: str, reasons: list[str]) -> None:
    import httpx

    httpx.post(f"{INSPECT}/stalls/{stall}/close", json={"reasons": reasons}).raise_for_status()


async def inspect_or_flag(stall: str) -> dict:
    try:
        return await inspect_stall(stall)
    except TaskError as e:
        return {"stall": stall, "pass": False, "danger_zone": [], "error": str(e)}


@workflow
async def main(day: str):
    stalls = await stalls_open_today(day)
    results = await parallel(stalls, inspect_or_flag, concurrency=6)
    failed = [r for r in results if not r["pass"] and r["danger_zone"]]
    for r in failed:
        await close_stall(r["stall"], r["danger_zone"])
    log.info("%d stalls inspected, %d closed", len(results), len(failed))
    return {"inspected": len(results), "closed": [r["stall"] for r in failed]}
