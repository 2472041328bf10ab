# SDK: wmill 1.850.0 client.py: `_StepSuspend` is a BaseException; `except* BaseException` wraps the naked suspension raised by `gather` in a `BaseExceptionGroup` and matches it, so the handler eats the suspension and the body returns with both fittings still pending (dispatched by the runner's flush, their results never read)
"""Fit clappers to a ring of bells (ported from an anyio task-group version whose
handler logged every exception group)."""

import asyncio
import logging

import httpx

from wmill import task, workflow

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
    except* BaseException as group:  # expect: WAC201
        for exc in group.exceptions:
            log.error("clapper fitting failed: %r", exc)
    return {"fitted": fitted, "complete": len(fitted) == len(bells)}
