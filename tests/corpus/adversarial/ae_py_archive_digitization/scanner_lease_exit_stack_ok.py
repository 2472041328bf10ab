# SDK: wmill 1.850.0 TaskError is an Exception: releasing the lease after the loop and in `except TaskError` (then re-raising) runs only when the scans finished or failed, never on a suspension
import contextlib
import io
import logging

import httpx
from wmill import TaskError, task, workflow

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
    lease = await lease_scanner(room, "overhead")
    with contextlib.ExitStack() as stack:
        report = stack.enter_context(io.StringIO())
        try:
            for folio in folios:
                scan = await scan_folio(lease["id"], folio, profile)
                scans.append(scan)
                report.write(f"{folio}\t{scan['uri']}\n")
        except TaskError:
            await release_scanner(lease["id"])
            raise
        summary = report.getvalue()
    await release_scanner(lease["id"])
    log.info("room %s: %d folios scanned\n%s", room, len(scans), summary)
    return {"room": room, "scans": [s["uri"] for s in scans]}
