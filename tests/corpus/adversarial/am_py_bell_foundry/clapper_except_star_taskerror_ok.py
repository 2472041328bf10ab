# SDK: wmill 1.850.0 client.py: a failed task raises `TaskError` (an Exception) from `gather`; `except* TaskError` matches only that, and a naked `_StepSuspend` that matches no clause is re-raised unchanged
"""Fit clappers to a ring of bells (ported from an anyio task-group version whose
handler logged every exception group)."""

import asyncio
import logging

import httpx

from wmill import TaskError, task, workflow

log = logging.getLogger("clappers")


@task(timeout=1800, tag="workshop")
async def fit_clapper(bell_id: str, weight_kg: float) -> dict:
    async with httpx.AsyncClient(base_url="https://workshop.bellfoundry.example") as client:
        r = await client.post(f"/bells/{bell_id}/clapper", json={"weight_kg": weight_kg})
        r.raise_for_status()
        return r.json()


@workflow
async def main(bells: list[dict]):
    fitted: list[dict] = []
    try:
        fitted = list(await asyncio.gather(*(fit_clapper(b["id"], b["clapper_kg"]) for b in bells)))
    except* TaskError as group:
        for exc in group.exceptions:
            log.error("clapper fitting failed: %s", exc)
    return {"fitted": fitted, "complete": len(fitted) == len(bells)}
