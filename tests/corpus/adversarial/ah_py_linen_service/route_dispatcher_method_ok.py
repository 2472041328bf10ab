# SDK: wmill 1.850.0 a @task call queues its step and returns a coroutine; the async method gathers them, so all loads go out in one parallel round and their manifests come back in route order
"""Hospital linen delivery routes (written by an agent from the WAC guide)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from wmill import task, workflow

log = logging.getLogger("linen.routes")


@dataclass
class Route:
    route_id: str
    truck: str
    stops: list[str] = field(default_factory=list)


@task(timeout=600, tag="depot")
async def load_truck(route_id: str, truck: str, stops: list[str]) -> dict:
    import httpx

    r = httpx.post("https://depot.linen.example/api/loads", json={"route": route_id, "truck": truck, "stops": stops})
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def plan_routes(depot: str, day: str) -> list[dict]:
    import httpx

    r = httpx.get(f"https://depot.linen.example/api/{depot}/routes", params={"day": day})
    r.raise_for_status()
    return r.json()["routes"]


@task(timeout=120)
async def notify_wards(depot: str, routes: list[str]) -> None:
    import httpx

    httpx.post("https://wards.hospital.example/linen/eta", json={"depot": depot, "routes": routes})


class RouteDispatcher:
    def __init__(self, depot: str):
        self.depot = depot
        self.dispatched: list[str] = []

    async def dispatch_all(self, routes: list[Route]) -> list[dict]:
        pending = []
        for route in routes:
            if not route.stops:
                log.info("route %s has no stops", route.route_id)
                continue
            pending.append(load_truck(route.route_id, route.truck, route.stops))
            self.dispatched.append(route.route_id)
        return await asyncio.gather(*pending)


@workflow
async def main(depot: str, day: str):
    raw = await plan_routes(depot, day)
    routes = [Route(r["id"], r["truck"], r.get("stops", [])) for r in raw]
    dispatcher = RouteDispatcher(depot)
    manifests = await dispatcher.dispatch_all(routes)
    await notify_wards(depot, dispatcher.dispatched)
    return {"depot": depot, "routes": len(manifests)}
