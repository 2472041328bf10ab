# SDK: wmill 1.850.0 suspends by raising `_StepSuspend(BaseException)`; an `ExitStack.push` callback that returns None (falsy) lets every exception, the suspension included, propagate out of the `with`
"""Pantograph wear checks with an ExitStack callback that only logs."""

from __future__ import annotations

import contextlib
import logging

import httpx

from wmill import task, workflow

log = logging.getLogger("pantograph")
FLEET_API = "https://fleet.tram.example"


def _log_interruption(exc_type, exc, tb) -> None:
    if exc_type is not None and issubclass(exc_type, Exception):
        log.warning("pantograph checks stopped: %r", exc)


@task(timeout=900, tag="depot")
async def check_pantograph(car: str) -> dict:
    async with httpx.AsyncClient(base_url=FLEET_API) as client:
        r = await client.post(f"/cars/{car}/pantograph-check")
        r.raise_for_status()
        return r.json()


@workflow
async def main(cars: list[str]):
    worn: list[str] = []
    with contextlib.ExitStack() as stack:
        stack.push(_log_interruption)
        for car in cars:
            result = await check_pantograph(car)
            if result["wear_mm"] > 4:
                worn.append(car)
    return {"worn": worn, "fit": [c for c in cars if c not in worn]}
