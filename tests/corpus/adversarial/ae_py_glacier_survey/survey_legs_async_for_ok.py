# SDK: wmill 1.850.0 each task call allocates its key in call order (_alloc_key), so an async generator that awaits one task per leg, consumed by `async for` with an early break, dispatches the same keys every round
import logging
from typing import AsyncIterator

import httpx
from wmill import task, workflow

log = logging.getLogger("glacier.legs")

NAV_API = "https://nav.glaciology.example/api"


@task()
async def list_waypoints(route_id: str, cursor: str | None) -> dict:
    r = httpx.get(f"{NAV_API}/routes/{route_id}/waypoints", params={"cursor": cursor} if cursor else None)
    r.raise_for_status()
    return r.json()


@task(timeout=3600)
async def survey_leg(start: dict, end: dict) -> dict:
    r = httpx.post(f"{NAV_API}/legs", json={"from": start, "to": end, "mode": "gpr"})
    r.raise_for_status()
    return r.json()


async def legs(points: list[dict]) -> AsyncIterator[dict]:
    for start, end in zip(points, points[1:]):
        yield await survey_leg(start, end)


@workflow
async def main(route_id: str, stop_on_hazard: bool = True):
    points: list[dict] = []
    cursor = None
    while (page := await list_waypoints(route_id, cursor))["items"]:
        points.extend(page["items"])
        if not (cursor := page.get("next")):
            break
    log.info("route %s: %d waypoints", route_id, len(points))

    surveyed = []
    async for leg in legs(points):
        surveyed.append(leg["id"])
        print(f"leg {leg['id']}: {leg['length_m']} m, hazard={leg['hazard']}")
        if stop_on_hazard and leg["hazard"]:
            break
    return {"route": route_id, "legs": surveyed, "complete": len(surveyed) == max(0, len(points) - 1)}
