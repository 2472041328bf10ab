# SDK: wmill 1.850.0 task() result crosses json.dumps(default=str): a frozenset is written as the string "frozenset({...})", so set algebra on the result fails in the body
import logging

import httpx
from wmill import parallel, task, workflow

log = logging.getLogger("glacier.moraine")

GIS_API = "https://gis.glaciology.example/api"


@task()
async def surveyed_zones(glacier: str, year: int) -> frozenset[str]:
    r = httpx.get(f"{GIS_API}/glaciers/{glacier}/surveys", params={"year": year})
    r.raise_for_status()
    return frozenset(s["zone"] for s in r.json())  # expect: WAC107


@task()
async def planned_zones(glacier: str) -> list[str]:
    r = httpx.get(f"{GIS_API}/glaciers/{glacier}/zones")
    r.raise_for_status()
    return sorted(z["code"] for z in r.json() if z["active"])


@task(timeout=1800)
async def survey_zone(zone: str) -> dict:
    r = httpx.post(f"{GIS_API}/surveys", json={"zone": zone, "method": "lidar"})
    r.raise_for_status()
    return r.json()


@workflow
async def main(glacier: str, year: int):
    done = await surveyed_zones(glacier, year)
    planned = await planned_zones(glacier)
    todo = sorted(set(planned) - done)
    log.info("%s: %d zones left of %d", glacier, len(todo), len(planned))
    results = await parallel(todo, survey_zone, concurrency=4)
    return {"glacier": glacier, "surveyed": [r["zone"] for r in results]}
