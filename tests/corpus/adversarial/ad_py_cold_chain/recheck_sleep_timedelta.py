# SDK: wmill 1.850.0 sleep(seconds) builds {"seconds": max(1, int(seconds))}; int(timedelta) raises TypeError
import logging
from datetime import timedelta

import httpx
from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("coldchain.recheck")

CFG = {"recheck_minutes": 20, "max_checks": 6, "high_c": 8.0}
PROBE_API = "https://probes.coldchain.example"


@task(timeout=120)
async def probe_temperature(container_id: str) -> float:
    r = httpx.get(f"{PROBE_API}/containers/{container_id}/now")
    r.raise_for_status()
    return float(r.json()["temp_c"])


@task()
async def open_incident(container_id: str, readings: list[float]) -> str:
    r = httpx.post(f"{PROBE_API}/incidents", json={"container": container_id, "readings": readings})
    r.raise_for_status()
    return r.json()["incident_id"]


@workflow
async def main(container_id: str):
    readings: list[float] = []
    for attempt in range(CFG["max_checks"]):
        try:
            temp = await probe_temperature(container_id=container_id)
        except (TaskError, Exception) as err:
            log.warning("probe %d failed: %s", attempt, err)
            temp = None
        if temp is not None:
            readings.append(temp)
            if temp <= CFG["high_c"]:
                return {"container": container_id, "status": "recovered", "readings": readings}
        await sleep(timedelta(minutes=CFG["recheck_minutes"]))  # expect: WAC301
    incident = await open_incident(container_id=container_id, readings=readings)
    return {"container": container_id, "status": "incident", "incident": incident}
