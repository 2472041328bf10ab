# SDK: wmill 1.850.0 retry takes attempts / delay / multiplier / max_delay with numeric values (_checked_retry, _retry_delay_seconds)
import logging

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("kiln.controller")

CONTROLLER = "https://kilns.studio.example/api"


@task(timeout=120, retry={"attempts": 4, "delay": 30, "multiplier": 2})
async def read_thermocouple(kiln_id: str) -> float:
    r = httpx.get(f"{CONTROLLER}/kilns/{kiln_id}/thermocouple")
    r.raise_for_status()
    return float(r.json()["celsius"])


@task(timeout=600, retry={"attempts": 2, "delay": 10, "max_delay": 60})
async def upload_firing_log(kiln_id: str, readings: list[float]) -> str:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/logs", json={"readings": readings})
    r.raise_for_status()
    return r.json()["log_id"]


@workflow
async def main(kiln_ids: list[str], max_c: float = 1300.0):
    readings: dict[str, list[float]] = {}
    alarms = []
    for kiln_id in kiln_ids:
        try:
            temp = await read_thermocouple(kiln_id=kiln_id)
        except TaskError as err:
            log.warning("thermocouple %s unreadable: %s", kiln_id, err)
            alarms.append(kiln_id)
            continue
        readings.setdefault(kiln_id, []).append(temp)
        if temp > max_c:
            alarms.append(kiln_id)
    logs = {k: await upload_firing_log(kiln_id=k, readings=v) for k, v in readings.items()}
    return {"logs": logs, "alarms": alarms}
