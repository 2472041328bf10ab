# SDK: wmill 1.850.0 the shim awaits the task itself and only keeps its checkpointed result in a dict; step() is used for the pure wind decision, whose function calls nothing durable
"""Blast-day sequence ported from Hatchet (ctx.step_output kept as a small context shim)."""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from wmill import step, task, wait_for_approval, workflow

log = logging.getLogger("quarry.blastday")


class StepContext:
    """Stands in for Hatchet's Context: named outputs of earlier steps."""

    def __init__(self, workflow_input: dict):
        self.workflow_input = workflow_input
        self._outputs: dict[str, Any] = {}

    def step_output(self, name: str) -> Any:
        return self._outputs[name]

    async def run(self, name: str, fn: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        self._outputs[name] = await fn(*args)
        return self._outputs[name]


@task(timeout=600)
async def check_weather(site: str) -> dict:
    import httpx

    return httpx.get(f"https://weather.quarry.example/{site}/now").json()


@task(timeout=300)
async def clear_exclusion_zone(site: str, radius_m: int) -> dict:
    import httpx

    r = httpx.post(f"https://site.quarry.example/{site}/exclusion", json={"radius": radius_m})
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def fire_blast(site: str, plan_id: str) -> dict:
    import httpx

    r = httpx.post(f"https://firing.quarry.example/{site}/fire", json={"plan": plan_id})
    r.raise_for_status()
    return r.json()


@workflow
async def main(site: str, plan_id: str, radius_m: int = 500):
    ctx = StepContext({"site": site, "plan_id": plan_id})
    await ctx.run("weather", check_weather, site)
    windy = await step("windy", lambda: ctx.step_output("weather")["wind_kmh"] > 40)
    if windy:
        return {"site": site, "status": "postponed"}
    zone = await clear_exclusion_zone(site, radius_m)
    decision = await wait_for_approval(timeout=3600, key="shotfirer", description=f"Zone clear: {zone['cleared']}")
    if not decision["approved"]:
        return {"site": site, "status": "held"}
    result = await fire_blast(site, plan_id)
    return {"site": site, "status": "fired", "shot": result["shot_id"]}
