# SDK: wmill 1.850.0 keys a step by its name; a literal name repeated in a loop gets `level`, `level_2`, ... in the order of the fixed silo list, the same in every replay
"""Biomass boiler feed: read each sawdust silo, then order trucks for the low ones (a Restate handler ported by hand)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from wmill import step, task, workflow

log = logging.getLogger("sawmill.biomass")

SILO_API = "https://silos.mill.example"


@dataclass
class FeedPlan:
    boiler: str
    low_water_t: float = 40.0
    silos: list[str] = field(default_factory=lambda: ["north", "south", "chips"])


def read_level(silo: str) -> float:
    import requests

    r = requests.get(f"{SILO_API}/silos/{silo}/level", timeout=10)
    r.raise_for_status()
    return float(r.json()["tonnes"])


@task(timeout=300)
async def order_truck(silo: str, tonnes: float) -> str:
    import requests

    r = requests.post(f"{SILO_API}/silos/{silo}/orders", json={"tonnes": tonnes}, timeout=60)
    r.raise_for_status()
    return r.json()["order_id"]


@task(timeout=120)
async def set_feed_rate(boiler: str, rate_t_h: float) -> None:
    import requests

    requests.post(f"{SILO_API}/boilers/{boiler}/feed", json={"rate": rate_t_h}, timeout=30)


@workflow
async def main(boiler: str, low_water_t: float = 40.0, capacity_t: float = 180.0):
    plan = FeedPlan(boiler, low_water_t)
    levels: dict[str, float] = {}
    for silo in plan.silos:
        levels[silo] = await step("level", lambda silo=silo: read_level(silo))
    orders = {}
    for silo, tonnes in levels.items():
        if tonnes < plan.low_water_t:
            orders[silo] = await order_truck(silo, round(capacity_t - tonnes, 1))
    total = sum(levels.values())
    await set_feed_rate(boiler, 2.5 if total > 200 else 1.5)
    log.info("boiler %s levels %s orders %s", boiler, levels, orders)
    return {"levels": levels, "orders": orders}
