# SDK: wmill 1.850.0 client.py run_script_async() POSTs jobs/run/p/<path> (a new ShakeMap job per replay) and get_job_status() GETs the job: each sleep() round replays both
"""Kick off the ShakeMap script for an event and wait for it, the way the old
cron job did with a polling loop."""

import logging

import wmill
from wmill import sleep, task, workflow

log = logging.getLogger("seismic.shakemap")

SHAKEMAP_SCRIPT = "f/seismic/run_shakemap"
POLL_S = 60
MAX_POLLS = 45


@task()
async def fetch_event(event_id: str) -> dict:
    import httpx

    r = httpx.get(f"https://catalog.seismo.example/events/{event_id}")
    r.raise_for_status()
    return r.json()


@task()
async def notify_civil_protection(event_id: str, shakemap_job: str, mmi_max: float) -> None:
    import httpx

    httpx.post(
        "https://alerts.civilprotection.example/hooks/shakemap",
        json={"event": event_id, "job": shakemap_job, "mmi_max": mmi_max},
    ).raise_for_status()


@workflow
async def main(event_id: str, min_magnitude: float = 4.5):
    event = await fetch_event(event_id)
    if event["mag"] < min_magnitude:
        return {"skipped": True, "mag": event["mag"]}

    job_id = wmill.run_script_async(SHAKEMAP_SCRIPT, args={"event_id": event_id, "mag": event["mag"]})  # expect: WAC101
    log.info("shakemap job %s", job_id)
    for _ in range(MAX_POLLS):
        status = wmill.get_job_status(job_id)  # expect: WAC101
        if status == "COMPLETED":
            break
        await sleep(POLL_S)
    else:
        return {"event": event_id, "shakemap": None, "timed_out": True}

    result = wmill.get_result(job_id)  # expect: WAC101
    await notify_civil_protection(event_id, job_id, result["mmi_max"])
    return {"event": event_id, "shakemap": job_id, "mmi_max": result["mmi_max"]}
