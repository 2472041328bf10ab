# SDK: wmill 1.850.0 staticmethod keeps the @task wrapper unbound, in the base class and in the subclass that inherits it: `self.design(hole)` is wrapper(hole), dispatched as design_charge with hole only
"""Blast charge design per bench, ported from a DBOS app (a class of @DBOS.step methods)."""

from __future__ import annotations

import logging

from wmill import task, wait_for_approval, workflow

log = logging.getLogger("quarry.charges")


@task(timeout=300, tag="blast-design")
async def design_charge(hole: dict) -> dict:
    import httpx

    r = httpx.post("https://design.quarry.example/charges", json=hole)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def survey_holes(bench: str) -> list[dict]:
    import httpx

    r = httpx.get(f"https://survey.quarry.example/benches/{bench}/holes")
    r.raise_for_status()
    return r.json()["holes"]


@task(timeout=120)
async def publish_plan(bench: str, charges: list[dict]) -> str:
    import httpx

    r = httpx.post(f"https://design.quarry.example/benches/{bench}/plans", json={"charges": charges})
    r.raise_for_status()
    return r.json()["plan_id"]


class ChargePlanner:
    design = staticmethod(design_charge)
    max_kg_per_delay = 250.0

    def __init__(self, bench: str):
        self.bench = bench

    async def plan(self, holes: list[dict]) -> list[dict]:
        charges = []
        for hole in holes:
            charges.append(await self.design(hole))
        return charges


class NightPlanner(ChargePlanner):
    max_kg_per_delay = 180.0


@workflow
async def main(bench: str, night_shift: bool = False):
    holes = await survey_holes(bench)
    planner = NightPlanner(bench) if night_shift else ChargePlanner(bench)
    charges = await planner.plan(holes)
    heavy = [c for c in charges if c["kg_per_delay"] > planner.max_kg_per_delay]
    if heavy:
        decision = await wait_for_approval(timeout=4 * 3600, key="heavy_charges", description=f"{len(heavy)} holes over limit")
        if not decision["approved"]:
            return {"bench": bench, "status": "redesign"}
    plan_id = await publish_plan(bench, charges)
    return {"bench": bench, "plan": plan_id, "holes": len(charges)}
