# SDK: wmill 1.850.0 the task returns an ISO string, the body parses it back (`datetime.fromisoformat` of a checkpointed string is the same on every replay); the lock owner is derived from the inputs with `uuid.uuid5`, not from the worker
"""Book a ground-station downlink for a captured scene, ported from a Prefect 3 flow with a `station_lock` block."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from wmill import task, workflow

log = logging.getLogger("tasking.downlink")

GSN_URL = "https://gsn.orbit.example/api"
LEAD = timedelta(minutes=20)
LOCK_NS = uuid.UUID("6f1c3d52-8a43-4f0e-9a5e-3b7d2c1a9e10")


@task(timeout=300)
async def next_contact(satellite: str, stations: list[str]) -> str:
    import requests

    r = requests.get(f"{GSN_URL}/contacts", params={"sat": satellite, "stations": ",".join(stations)}, timeout=60)
    r.raise_for_status()
    starts = [datetime.fromisoformat(c["aos"]) for c in r.json()["contacts"]]
    return min(starts).isoformat()


@task(timeout=300)
async def lock_station(station: str, owner: str, not_before: str) -> dict:
    import requests

    r = requests.post(f"{GSN_URL}/stations/{station}/lock", json={"owner": owner, "not_before": not_before}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=3600, tag="downlink")
async def schedule_downlink(satellite: str, scene_id: str, lock_id: str) -> dict:
    import requests

    r = requests.post(f"{GSN_URL}/downlinks", json={"sat": satellite, "scene": scene_id, "lock": lock_id}, timeout=120)
    r.raise_for_status()
    return r.json()


@workflow
async def main(satellite: str, scene_id: str, stations: list[str]):
    window = datetime.fromisoformat(await next_contact(satellite, stations))
    prepare_at = window - LEAD
    owner = f"wac:{uuid.uuid5(LOCK_NS, f'{satellite}/{scene_id}')}"
    station = stations[0]
    lock = await lock_station(station, owner, prepare_at.isoformat())
    log.info("locked %s for %s until %s", station, scene_id, lock["expires"])
    booking = await schedule_downlink(satellite, scene_id, lock["id"])
    return {"scene": scene_id, "station": station, "booking": booking["id"]}
