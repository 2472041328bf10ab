# SDK: wmill 1.850.0 a @task wrapper called in the body only queues a step (_next_step); pure helpers run in the body harmlessly
"""Staged OTA: each stage goes through one logging/timing helper; the manifest is a task too."""
import logging
from typing import Any, Awaitable, Callable

from wmill import task, workflow

log = logging.getLogger("fleet.ota")


async def staged(label: str, action: Callable[..., Awaitable[Any]], *args: Any) -> Any:
    log.info("stage %s starting", label)
    result = await action(*args)
    log.info("stage %s done", label)
    return result


async def summarize(version: str, healthy: list[str], queued: int) -> dict:
    return {"version": version, "healthy": sorted(healthy), "queued": queued}


@task(timeout=120)
async def fetch_manifest(channel: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://ota.internal.example") as client:
        resp = await client.get(f"/channels/{channel}/manifest")
        resp.raise_for_status()
        return resp.json()


@task(timeout=600)
async def stage_canaries(version: str, canaries: list[str]) -> list[str]:
    import httpx

    async with httpx.AsyncClient(base_url="https://ota.internal.example") as client:
        resp = await client.post("/canary", json={"version": version, "devices": canaries})
    return resp.json()["healthy"]


@task(timeout=3600)
async def stage_fleet(version: str, ring: str) -> int:
    import httpx

    async with httpx.AsyncClient(base_url="https://ota.internal.example") as client:
        resp = await client.post(f"/rings/{ring}/rollout", json={"version": version})
    return resp.json()["queued"]


@workflow
async def main(channel: str, canaries: list[str], rings: list[str]):
    manifest = await staged("manifest", fetch_manifest, channel)
    version = manifest["version"]
    healthy = await staged("canaries", stage_canaries, version, canaries)
    queued = 0
    for ring in rings:
        queued += await staged(f"ring {ring}", stage_fleet, version, ring)
    return await staged("summary", summarize, version, healthy, queued)
