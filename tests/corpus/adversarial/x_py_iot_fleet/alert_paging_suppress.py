# SDK: wmill 1.850.0 _StepSuspend derives from BaseException; contextlib.suppress(*excs).__exit__ returns True for any subclass of what it was given
"""Page on-call for devices that stopped reporting; paging is best effort."""
import contextlib
import logging

from wmill import task, workflow

log = logging.getLogger("fleet.alerts")

# paging must never fail the sweep
BEST_EFFORT = (TimeoutError, ConnectionError, BaseException)


@task(timeout=120)
async def silent_devices(site: str, minutes: int) -> list[str]:
    import httpx

    async with httpx.AsyncClient(base_url="https://telemetry.internal.example") as client:
        resp = await client.get(f"/sites/{site}/silent", params={"minutes": minutes})
    return resp.json()["devices"]


@task(timeout=60)
async def page_oncall(site: str, devices: list[str]) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(
            "https://events.pagerduty.com/v2/enqueue",
            json={"event_action": "trigger", "payload": {"summary": f"{len(devices)} silent at {site}"}},
        )
    return resp.json()["dedup_key"]


@workflow
async def main(site: str, minutes: int = 30):
    devices = await silent_devices(site, minutes)
    if not devices:
        return {"site": site, "silent": 0}
    paged = None
    with contextlib.suppress(*BEST_EFFORT):  # expect: WAC201
        paged = await page_oncall(site, devices)
    log.info("paged: %s", paged)
    return {"site": site, "silent": len(devices), "incident": paged}
