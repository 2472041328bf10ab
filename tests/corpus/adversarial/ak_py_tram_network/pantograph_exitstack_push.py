# SDK: wmill 1.850.0 suspends by raising `_StepSuspend(BaseException)` from the awaited task (`_suspend`); `ExitStack.__exit__` hands it to the callback registered with `push` and suppresses it when the callback returns True, so the pending dispatch is dropped and the body runs on as if the checks had finished
"""Pantograph wear checks after a storm, ported from a cron script that used an
ExitStack callback to 'keep going' past failing cars."""

from __future__ import annotations

import contextlib
import logging

import httpx

from wmill import task, workflow

log = logging.getLogger("pantograph")
FLEET_API = "https://fleet.tram.example"


def _keep_going(exc_type, exc, tb) -> bool:
    if exc is not None:
        log.warning("pantograph check interrupted: %r", exc)
    return True


@task(timeout=900, tag="depot")
async def check_pantograph(car: str) -> dict:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post(f"/cars/{car}/pantograph-check")
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def release_cars(cars: list[str]) -> int:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post("/release", json={"cars": cars})
        r.raise_for_status()
        return r.json()["released"]


@workflow
async def main(cars: list[str]):
    worn: list[str] = []
    with contextlib.ExitStack() as stack:
        stack.push(_keep_going)  # expect: WAC201
        for car in cars:
            result = await check_pantograph(car)
            if result["wear_mm"] > 4:
                worn.append(car)
    fit = [c for c in cars if c not in worn]
    released = await release_cars(fit)
    return {"worn": worn, "released": released}
