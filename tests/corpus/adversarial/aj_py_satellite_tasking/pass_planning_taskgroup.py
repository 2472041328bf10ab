# SDK: wmill 1.850.0 a task call raises `_StepSuspend` (a BaseException) from its awaitable; `asyncio.TaskGroup` (Python 3.11 taskgroups.py) re-raises a non-SystemExit BaseException of a child inside a `BaseExceptionGroup`, which `_run_workflow_async`'s `except _StepSuspend` does not catch
"""Plan imaging passes for a constellation, ported from a Prefect 3 flow (`plan_pass.submit(...)` per satellite)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from wmill import task, workflow, step

log = logging.getLogger("tasking.passes")

PLANNER_URL = "https://planner.orbit.example/v2"


@dataclass(frozen=True)
class Target:
    lat: float
    lon: float
    priority: int = 5


@task(timeout=900, tag="orbit")
async def plan_pass(satellite: str, targets: list[dict], horizon_h: int) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=PLANNER_URL, timeout=600) as client:
        r = await client.post(f"/satellites/{satellite}/plan", json={"targets": targets, "horizon_h": horizon_h})
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def publish_schedule(plans: list[dict], customer: str) -> str:
    import httpx

    r = httpx.post(f"{PLANNER_URL}/schedules", json={"customer": customer, "plans": plans}, timeout=60)
    r.raise_for_status()
    return r.json()["schedule_id"]


def to_payload(targets: list[Target]) -> list[dict]:
    return [{"lat": t.lat, "lon": t.lon, "priority": t.priority} for t in sorted(targets, key=lambda t: -t.priority)]


@workflow
async def main(customer: str, satellites: list[str], targets: list[dict], horizon_h: int = 48):
    parsed = [Target(**t) for t in targets]
    payload = to_payload(parsed)
    plans: list[asyncio.Task] = []
    async with asyncio.TaskGroup() as tg:  # expect: WAC201
        for sat in satellites:
            plans.append(tg.create_task(plan_pass(sat, payload, horizon_h)))
    results = [p.result() for p in plans]
    feasible = [r for r in results if r.get("windows")]
    log.info("%d of %d satellites have windows", len(feasible), len(satellites))
    if not feasible:
        return {"customer": customer, "status": "no_windows"}
    schedule_id = await publish_schedule(feasible, customer)
    summary = await step("summary", lambda: {"windows": sum(len(r["windows"]) for r in feasible)})
    return {"customer": customer, "schedule": schedule_id, **summary}
