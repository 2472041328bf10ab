# SDK: wmill 1.850.0 `_run_inline_step` awaits what `fn()` returns when it is a coroutine, so a lambda returning `read_meters(...)` runs in the same loop; a step name repeated in a loop gets `readings`, `readings_2`, ... in call order
"""Kiln moisture checks: read the probe meters, wait, and release the load when dry (an agent's port of a cron job)."""

from __future__ import annotations

import asyncio
import logging

from wmill import sleep, step, task, workflow

log = logging.getLogger("sawmill.moisture")

PROBES = "https://probes.mill.example"
MAX_CHECKS = 24


async def _read_probe(probe_id: str) -> float:
    import httpx

    async with httpx.AsyncClient(timeout=10) as c:
        r = await c.get(f"{PROBES}/probes/{probe_id}")
        r.raise_for_status()
        return float(r.json()["mc_pct"])


async def read_meters(probe_ids: list[str]) -> dict[str, float]:
    values = await asyncio.gather(*(_read_probe(p) for p in probe_ids))
    return dict(zip(probe_ids, values))


@task(timeout=120)
async def kiln_probes(kiln: str) -> list[str]:
    import httpx

    r = httpx.get(f"{PROBES}/kilns/{kiln}/probes")
    r.raise_for_status()
    return [p["id"] for p in r.json()]


@task(timeout=120)
async def release_load(kiln: str, readings: dict[str, float]) -> dict:
    import httpx

    r = httpx.post(f"{PROBES}/kilns/{kiln}/release", json={"readings": readings})
    r.raise_for_status()
    return r.json()


@workflow
async def main(kiln: str, target_mc: float = 8.0, check_every_min: int = 60):
    probes = await kiln_probes(kiln)
    for check in range(MAX_CHECKS):
        readings = await step("readings", lambda: read_meters(probes))
        wettest = max(readings.values())
        log.info("kiln %s check %d wettest %.1f%%", kiln, check, wettest)
        if wettest <= target_mc:
            return await release_load(kiln, readings)
        await sleep(check_every_min * 60)
    return {"kiln": kiln, "status": "still wet", "checks": MAX_CHECKS}
