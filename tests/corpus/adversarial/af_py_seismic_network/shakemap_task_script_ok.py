# SDK: wmill 1.850.0 task_script() dispatches the script as a checkpointed child job; run_script_async/get_job_status inside a @task run once in that job
"""ShakeMap for an event: the script is a durable child, the legacy mirror
job is started and polled inside one task."""

import logging
import time

import wmill
from wmill import task, task_script, workflow

log = logging.getLogger("seismic.shakemap")

run_shakemap = task_script("f/seismic/run_shakemap", timeout=3600)


@task()
async def fetch_event(event_id: str) -> dict:
    import httpx

    r = httpx.get(f"https://catalog.seismo.example/events/{event_id}")
    r.raise_for_status()
    return r.json()


@task(timeout=1800)
async def legacy_mirror(event_id: str) -> str:
    job_id = wmill.run_script_async("f/seismic/legacy_mirror", args={"event_id": event_id})
    for _ in range(60):
        if wmill.get_job_status(job_id) == "COMPLETED":
            return job_id
        time.sleep(20)
    wmill.cancel_running()
    return ""


@task()
async def notify_civil_protection(event_id: str, mmi_max: float) -> None:
    import httpx

    httpx.post(
        "https://alerts.civilprotection.example/hooks/shakemap",
        json={"event": event_id, "mmi_max": mmi_max},
    ).raise_for_status()


@workflow
async def main(event_id: str, min_magnitude: float = 4.5, mirror: bool = False):
    event = await fetch_event(event_id)
    if event["mag"] < min_magnitude:
        return {"skipped": True, "mag": event["mag"]}
    result = await run_shakemap(event_id=event_id, mag=event["mag"])
    mirror_job = await legacy_mirror(event_id) if mirror else None
    await notify_civil_protection(event_id, result["mmi_max"])
    log.info("done %s", event_id)
    return {"event": event_id, "mmi_max": result["mmi_max"], "mirror": mirror_job}
