# SDK: wmill 1.850.0 _StepSuspend derives from BaseException, so suppress(Exception) and except (ValueError, Exception) let it through; a failed task raises TaskError(Exception)
"""Page on-call for devices that stopped reporting; paging is best effort."""
import contextlib
import logging

from wmill import TaskError, task, workflow

log = logging.getLogger("fleet.alerts")

BEST_EFFORT = (TaskError, TimeoutError, Exception)


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


@task(timeout=60)
async def open_ticket(site: str, devices: list[str]) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://tickets.internal.example/api", json={"site": site, "devices": devices})
    return resp.json()["id"]


@workflow
async def main(site: str, minutes: int = 30):
    devices = await silent_devices(site, minutes)
    if not devices:
        return {"site": site, "silent": 0}
    paged = None
    with contextlib.suppress(*BEST_EFFORT):
        paged = await page_oncall(site, devices)
    ticket = None
    try:
        ticket = await open_ticket(site, devices)
    except (ValueError, Exception) as exc:
        log.warning("ticket not opened: %s", exc)
    return {"site": site, "silent": len(devices), "incident": paged, "ticket": ticket}
