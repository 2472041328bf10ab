# SDK: wmill 1.850.0 awaits a coroutine task body in the child job's running loop; the rack driver is awaited there, in the same loop, and `anyio.sleep` runs on asyncio
"""Slide staining runs on the autostainers, ported from a Restate service (`ctx.run` per rack)."""

from __future__ import annotations

import logging
from typing import Literal

import anyio
from wmill import TaskError, step, task, workflow

log = logging.getLogger("path.stainers")

STAINER_API = "https://stainers.path.example"
Protocol = Literal["HE", "PAS", "GMS", "ZN"]


async def _drive_rack(rack_id: str, protocol: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=STAINER_API, timeout=60) as client:
        r = await client.post(f"/racks/{rack_id}/start", json={"protocol": protocol})
        r.raise_for_status()
        run_id = r.json()["run_id"]
        while True:
            s = (await client.get(f"/runs/{run_id}")).json()
            if s["state"] in ("done", "error"):
                return s
            await anyio.sleep(15)


@task(timeout=3600, tag="stainer")
async def stain_rack(rack_id: str, protocol: str = "HE") -> dict:
    result = await _drive_rack(rack_id, protocol)
    if result["state"] == "error":
        raise RuntimeError(f"rack {rack_id}: {result.get('message')}")
    return {"rack": rack_id, "slides": result["slides"]}


@task(timeout=120)
async def racks_for_batch(batch_id: str) -> list[dict]:
    import httpx

    r = httpx.get(f"{STAINER_API}/batches/{batch_id}/racks")
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def mark_restain(batch_id: str, rack_id: str) -> None:
    import httpx

    httpx.post(f"{STAINER_API}/batches/{batch_id}/restain", json={"rack": rack_id})


@workflow
async def main(batch_id: str, protocol: Literal["HE", "PAS", "GMS", "ZN"] = "HE"):
    racks = await racks_for_batch(batch_id)
    stained, failed = [], []
    for rack in racks:
        try:
            stained.append(await stain_rack(rack["id"], rack.get("protocol", protocol)))
        except TaskError as e:
            log.warning("rack %s failed: %s", rack["id"], e)
            failed.append(rack["id"])
            await mark_restain(batch_id, rack["id"])
    summary = await step("summary", lambda: {"stained": len(stained), "failed": failed})
    return summary
