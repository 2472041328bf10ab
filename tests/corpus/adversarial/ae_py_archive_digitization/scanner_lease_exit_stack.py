# SDK: wmill 1.850.0 an AsyncExitStack awaits its callbacks as its block unwinds, the _StepSuspend included; a task called there allocates a key and raises a suspension of its own in place of the pending one
import contextlib
import functools
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("archive.lease")

DEVICE_API = "https://devices.archive.example/api"


@task()
async def lease_scanner(room: str, kind: str) -> dict:
    r = httpx.post(f"{DEVICE_API}/rooms/{room}/leases", json={"kind": kind})
    r.raise_for_status()
    return r.json()


@task()
async def release_scanner(lease_id: str) -> None:
    httpx.delete(f"{DEVICE_API}/leases/{lease_id}").raise_for_status()


@task(timeout=3600)
async def scan_folio(lease_id: str, folio: str, profile: str) -> dict:
    r = httpx.post(f"{DEVICE_API}/leases/{lease_id}/scan", json={"folio": folio, "profile": profile}, timeout=3500)
    r.raise_for_status()
    return r.json()


@workflow
async def main(room: str, folios: list[str], profile: str = "manuscript-tiff"):
    scans = []
    async with contextlib.AsyncExitStack() as stack:
        lease = await lease_scanner(room, "overhead")
        stack.push_async_callback(functools.partial(release_scanner, lease["id"]))  # expect: WAC203
        for folio in folios:
            scans.append(await scan_folio(lease["id"], folio, profile))
    log.info("room %s: %d folios scanned", room, len(scans))
    return {"room": room, "scans": [s["uri"] for s in scans]}
