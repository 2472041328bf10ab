# SDK: wmill 1.850.0 replays the body each round; the clock reads here only go into structlog log events (each round prints its own lines), and the plow routes come from tasks whose results are checkpointed by `_next_step`
"""Dispatch snow plows for a storm, with structlog events the ops team tails."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import httpx
import structlog

from wmill import task, workflow

log = structlog.get_logger("snow.dispatch")
FLEET_API = "https://plows.city.example/api"


@task(timeout=600)
async def plan_routes(district: str, snow_cm: int) -> list[dict]:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post("/plans", json={"district": district, "snow_cm": snow_cm})
        r.raise_for_status()
        return r.json()["routes"]


@task(timeout=900)
async def dispatch_plow(route_id: str, plow_id: str) -> dict:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post(f"/routes/{route_id}/dispatch", json={"plow": plow_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(district: str, snow_cm: int):
    started = time.monotonic()
    bound = log.bind(district=district, snow_cm=snow_cm, round_started=datetime.now(UTC).isoformat())
    routes = await plan_routes(district, snow_cm)
    bound.info("routes_planned", count=len(routes))
    dispatched = []
    for route in routes:
        res = await dispatch_plow(route["id"], route["plow"])
        dispatched.append(res["id"])
        bound.debug("plow_dispatched", route=route["id"], at=datetime.now(UTC).isoformat())
    bound.info("storm_dispatch_done", routes=len(dispatched), took_s=round(time.monotonic() - started, 2))
    return {"district": district, "dispatched": dispatched}
