# SDK: wmill 1.850.0 a task's result crosses JSON (`default=str` on the worker side): the `datetime` picked by `min(...)` comes back as a string, so `window - lead` raises TypeError on every replay; `socket.getfqdn()` names the worker that runs the round, a different host on a later replay
"""Book a ground-station downlink for a captured scene, ported from a Prefect 3 flow with a `station_lock` block."""

from __future__ import annotations

import logging
import socket
from datetime import datetime, timedelta

from wmill import task, workflow

log = logging.getLogger("tasking.downlink")

GSN_URL = "https://gsn.orbit.example/api"
LEAD = timedelta(minutes=20)


@task(timeout=300)
async def next_contact(satellite: str, stations: list[str]):
    import requests

    r = requests.get(f"{GSN_URL}/contacts", params={"sat": satellite, "stations": ",".join(stations)}, timeout=60)
    r.raise_for_status()
    starts = [datetime.fromisoformat(c["aos"]) for c in r.json()["contacts"]]
    return min(starts)  # expect: WAC107


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
    window = await next_contact(satellite, stations)
    prepare_at = window - LEAD
    owner = f"wac:{socket.getfqdn()}"  # expect: WAC102
    station = stations[0]
    lock = await lock_station(station, owner, prepare_at.isoformat())
    log.info("locked %s for %s until %s", station, scene_id, lock["expires"])
    booking = await schedule_downlink(satellite, scene_id, lock["id"])
    return {"scene": scene_id, "station": station, "booking": booking["id"]}
