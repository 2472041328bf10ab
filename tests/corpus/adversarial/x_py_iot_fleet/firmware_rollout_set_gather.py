# SDK: wmill 1.850.0 task wrapper -> WorkflowCtx._next_step allocates keys when the task is called; asyncio.gather returns results in the order of its arguments (here a set of coroutine objects, hashed by address)
"""Push a firmware image to every gateway of a site and record which ones took it."""
import asyncio
import logging
from typing import TypedDict

from wmill import task, workflow

log = logging.getLogger("fleet.rollout")


class PushResult(TypedDict):
    device_id: str
    accepted: bool
    build: str


@task(timeout=900, tag="fleet")
async def push_firmware(device_id: str, version: str) -> PushResult:
    import httpx

    async with httpx.AsyncClient(base_url="https://ota.internal.example") as client:
        resp = await client.post(f"/devices/{device_id}/firmware", json={"version": version})
        resp.raise_for_status()
        body = resp.json()
    return {"device_id": device_id, "accepted": body["status"] == "queued", "build": body["build"]}


@task()
async def mark_rollout(site: str, version: str, per_device: dict) -> int:
    import httpx

    async with httpx.AsyncClient(base_url="https://inventory.internal.example") as client:
        await client.put(f"/sites/{site}/rollouts/{version}", json=per_device)
    return sum(1 for ok in per_device.values() if ok)


@workflow
async def main(site: str, version: str, targets: list[str]):
    log.info("rolling %s out to %d gateways of %s", version, len(targets), site)
    # one coroutine per device, deduplicated on the way
    results = await asyncio.gather(*{push_firmware(d, version) for d in targets})  # expect: WAC105
    per_device = {}
    for device_id, res in zip(targets, results):
        per_device[device_id] = res["accepted"]
    accepted = await mark_rollout(site, version, per_device)
    return {"site": site, "version": version, "accepted": accepted, "total": len(targets)}
