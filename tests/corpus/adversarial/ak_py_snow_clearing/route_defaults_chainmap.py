# SDK: wmill 1.850.0 encodes a step's result with `json.dumps(..., default=str)` and returns the decoded value (`_run_inline_step`); a `collections.ChainMap` is no dict subclass, so it comes back as the string "ChainMap({...}, {...})" and `settings["passes"]` is a TypeError
"""Plow route settings layered from the district's overrides over city defaults."""

from __future__ import annotations

from collections import ChainMap

import httpx

from wmill import step, task, workflow

CITY_DEFAULTS = {"passes": 2, "blade": "steel", "salt_g_m2": 15}


@task(timeout=300)
async def district_overrides(district: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://snow.city.example/districts/{district}/overrides")
        r.raise_for_status()
        return r.json()


@task(timeout=900)
async def run_route(route_id: str, passes: int, blade: str, salt_g_m2: int) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post(
            f"https://plows.city.example/routes/{route_id}/run",
            json={"passes": passes, "blade": blade, "salt": salt_g_m2},
        )
        r.raise_for_status()
        return r.json()


@workflow
async def main(district: str, routes: list[str]):
    overrides = await district_overrides(district)
    settings = await step("settings", lambda: ChainMap(overrides, CITY_DEFAULTS))  # expect: WAC107
    runs = []
    for route_id in routes:
        runs.append(await run_route(route_id, settings["passes"], settings["blade"], settings["salt_g_m2"]))
    return {"district": district, "runs": runs}
