# SDK: wmill 1.850.0 replays the body each round in a new process; `datetime.now()` here does not only go into a structlog event, it decides whether the night-rate plows are dispatched, so a replay after midnight takes the other branch than the round that dispatched the first tasks
"""Dispatch snow plows; night shifts use the contractor fleet."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
import structlog

from wmill import task, workflow

log = structlog.get_logger("snow.dispatch")
FLEET_API = "https://plows.city.example/api"
CITY_TZ = ZoneInfo("Europe/Helsinki")


@task(timeout=600)
async def plan_routes(district: str, snow_cm: int) -> list[dict]:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post("/plans", json={"district": district, "snow_cm": snow_cm})
        r.raise_for_status()
        return r.json()["routes"]


@task(timeout=900)
async def dispatch_plow(route_id: str, fleet: str) -> dict:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post(f"/routes/{route_id}/dispatch", json={"fleet": fleet})
        r.raise_for_status()
        return r.json()


@workflow
async def main(district: str, snow_cm: int):
    routes = await plan_routes(district, snow_cm)
    dispatched = []
    for route in routes:
        hour = datetime.now(CITY_TZ).hour  # expect: WAC102
        fleet = "contractor" if hour >= 22 or hour < 6 else "municipal"
        log.info("dispatching", route=route["id"], fleet=fleet, hour=hour)
        dispatched.append(await dispatch_plow(route["id"], fleet))
    return {"district": district, "dispatched": [d["id"] for d in dispatched]}
