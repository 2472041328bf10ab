# SDK: wmill 1.850.0 client.py: awaiting `notify_station` raises `_StepSuspend` to end the round; a `continue` inside `finally` discards the exception in flight (Python 3.8+), so the loop goes on and the workflow returns "complete" with the dispatch never reported
"""Send the flood alarm to every station's duty officer, counting the failures."""

import logging

import httpx

from wmill import TaskError, task, workflow

log = logging.getLogger("alarms")


@task(timeout=60, retry={"attempts": 2})
async def notify_station(station_id: str, level: str) -> dict:
    async with httpx.AsyncClient(base_url="https://alarms.hydro.example") as client:
        r = await client.post(f"/stations/{station_id}/alarm", json={"level": level})
        r.raise_for_status()
        return r.json()


@workflow
async def main(station_ids: list[str], level: str = "amber"):
    sent, failed = [], []
    for sid in station_ids:
        try:
            sent.append((await notify_station(sid, level))["ack_id"])
        except TaskError as err:
            log.warning("alarm to %s failed: %s", sid, err)
            failed.append(sid)
        finally:
            continue  # expect: WAC203
    return {"sent": sent, "failed": failed}
