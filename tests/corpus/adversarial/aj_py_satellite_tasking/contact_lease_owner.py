# SDK: wmill 1.850.0 each round of the workflow body runs in a new job process, possibly on another worker: `os.getpid()` and `socket.gethostname()` read in a class's `__init__` built by the body differ between replays, so the lease owner sent to the task changes
"""Lease an antenna for a tracking pass, ported from a Ray actor (`AntennaLease.remote(...)`)."""

from __future__ import annotations

import logging
import os
import socket

from wmill import task, workflow, sleep

log = logging.getLogger("tasking.lease")

ANTENNA_API = "https://antenna.orbit.example"


class AntennaLease:
    def __init__(self, antenna: str, minutes: int):
        self.antenna = antenna
        self.minutes = minutes
        self.owner = f"{socket.gethostname()}-{os.getpid()}"

    def as_args(self) -> dict:
        return {"antenna": self.antenna, "minutes": self.minutes, "owner": self.owner}


@task(timeout=120)
async def acquire(antenna: str, minutes: int, owner: str) -> dict:
    import requests

    r = requests.post(f"{ANTENNA_API}/leases", json={"antenna": antenna, "minutes": minutes, "owner": owner}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=3600, tag="rf")
async def track(antenna: str, satellite: str, lease_id: str) -> dict:
    import requests

    r = requests.post(f"{ANTENNA_API}/track", json={"antenna": antenna, "sat": satellite, "lease": lease_id}, timeout=3000)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def release(lease_id: str) -> None:
    import requests

    requests.delete(f"{ANTENNA_API}/leases/{lease_id}", timeout=30)


@workflow
async def main(antenna: str, satellite: str, minutes: int = 15, settle_s: int = 60):
    lease = AntennaLease(antenna, minutes)  # expect: WAC102
    granted = await acquire(**lease.as_args())
    await sleep(settle_s)
    try:
        result = await track(antenna, satellite, granted["id"])
    except Exception as exc:
        log.error("tracking failed: %s", exc)
        result = {"status": "failed"}
    await release(granted["id"])
    return {"antenna": antenna, "lease": granted["id"], **result}
