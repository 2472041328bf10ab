# SDK: wmill 1.850.0 client.py: `_StepSuspend` is a BaseException, not caught by `except TaskError`; a `finally` that only updates a local counter lets it propagate unchanged to `_run_workflow_async`
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
    sent, failed, attempted = [], [], 0
    for sid in station_ids:
        try:
            sent.append((await notify_station(sid, level))["ack_id"])
        except TaskError as err:
            log.warning("alarm to %s failed: %s", sid, err)
            failed.append(sid)
            continue
        finally:
            attempted += 1
    return {"sent": sent, "failed": failed, "attempted": attempted}
