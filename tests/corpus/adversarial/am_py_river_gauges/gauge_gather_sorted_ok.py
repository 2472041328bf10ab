# SDK: wmill 1.850.0 client.py: keys are allocated in call order (`_alloc_key`) and `sorted(set(...))` fixes that order on every replay; `asyncio.gather` lets the first `_StepSuspend` (holding every pending step) propagate as it is
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
    readings = await asyncio.gather(*(read_stage(sid) for sid in sorted(set(station_ids))))
    above = [r["station"] for r in readings if r["stage_m"] >= r["warning_m"]]
    return {"basin": basin, "polled": len(readings), "above_warning": sorted(above)}
