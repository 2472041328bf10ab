# SDK: wmill 1.850.0 _next_step allocates push_firmware, push_firmware_2 ... in call order; gather returns results in argument order, here a sorted list
"""Push a firmware image to every gateway of a site, deduplicated and in a stable order."""
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("fleet.rollout")


@task(timeout=900, tag="fleet")
async def push_firmware(device_id: str, version: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://ota.internal.example") as client:
        resp = await client.post(f"/devices/{device_id}/firmware", json={"version": version})
        resp.raise_for_status()
        body = resp.json()
    return {"device_id": device_id, "accepted": body["status"] == "queued"}


@task()
async def mark_rollout(site: str, version: str, per_device: dict) -> int:
    import httpx

    async with httpx.AsyncClient(base_url="https://inventory.internal.example") as client:
        await client.put(f"/sites/{site}/rollouts/{version}", json=per_device)
    return sum(1 for ok in per_device.values() if ok)


@workflow
async def main(site: str, version: str, targets: list[str]):
    unique = sorted(set(targets))
    log.info("rolling %s out to %d gateways of %s", version, len(unique), site)
    results = await asyncio.gather(*[push_firmware(d, version) for d in unique])
    per_device = {r["device_id"]: r["accepted"] for r in results}
    # dict.fromkeys keeps the first-seen order of the input list
    ordered = list(dict.fromkeys(targets))
    again = await asyncio.gather(*(push_firmware(d, version) for d in ordered if not per_device.get(d)))
    for r in again:
        per_device[r["device_id"]] = r["accepted"]
    accepted = await mark_rollout(site, version, per_device)
    return {"site": site, "version": version, "accepted": accepted}
