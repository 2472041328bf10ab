# SDK: wmill 1.850.0 encodes a step's result with `json.dumps(..., default=str)`; `dict(ChainMap(...))` is a plain dict of JSON values, so it comes back as the same dict in every round
"""Plow route settings layered from overrides over defaults, flattened before the checkpoint."""

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
    settings = await step("settings", lambda: dict(ChainMap(overrides, CITY_DEFAULTS)))
    layered = ChainMap(overrides, CITY_DEFAULTS)
    runs = []
    for route_id in routes:
        runs.append(await run_route(route_id, settings["passes"], settings["blade"], layered["salt_g_m2"]))
    return {"district": district, "runs": runs}
