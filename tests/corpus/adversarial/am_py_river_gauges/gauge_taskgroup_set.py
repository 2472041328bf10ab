# SDK: wmill 1.850.0 client.py: `read_stage(...)` allocates its key in `_alloc_key` when it is called (`read_stage`, `read_stage_2`, ...), so the keys follow the iteration order of `set(station_ids)`, which for strings changes with each process's hash seed (WAC105); and `asyncio.TaskGroup` (CPython 3.11 `taskgroups.py`: `_is_base_error` is only SystemExit / KeyboardInterrupt) re-raises a child's `_StepSuspend` inside a `BaseExceptionGroup`, which `_run_workflow_async`'s `except _StepSuspend` does not catch (WAC201)
"""Poll every river gauge of a basin at once (ported from a Temporal sample that used
`asyncio.gather` over activities) and flag the stations above their warning stage."""

import asyncio

import httpx

from wmill import task, workflow

GAUGE_API = "https://hydro.basin-authority.example/api/v2"


@task(timeout=120)
async def read_stage(station_id: str) -> dict:
    async with httpx.AsyncClient(base_url=GAUGE_API, timeout=30) as client:
        r = await client.get(f"/stations/{station_id}/stage", params={"window": "15m"})
        r.raise_for_status()
        body = r.json()
        return {"station": station_id, "stage_m": body["stage_m"], "warning_m": body["warning_m"]}


@workflow
async def main(basin: str, station_ids: list[str]):
    pending: list[asyncio.Task] = []
    async with asyncio.TaskGroup() as tg:  # expect: WAC201
        for sid in set(station_ids):  # expect: WAC105
            pending.append(tg.create_task(read_stage(sid)))
    readings = [t.result() for t in pending]
    above = [r["station"] for r in readings if r["stage_m"] >= r["warning_m"]]
    return {"basin": basin, "polled": len(readings), "above_warning": sorted(above)}
