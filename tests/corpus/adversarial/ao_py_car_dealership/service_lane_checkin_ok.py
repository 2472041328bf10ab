# SDK: wmill 1.850.0: datetime.fromtimestamp(ts, timezone.utc) with the zone given positionally and astimezone(timezone.utc) read no local zone; `except (TaskError, asyncio.CancelledError)` names no class _StepSuspend derives from (it derives from BaseException directly); a step callback calling a helper that fills a module client cache with setdefault changes nothing the body reads; a step in a `with` body is not drawn (windmill-oracle dag), so its constant name labels nothing
"""Service lane check-in: the tag reader at the service drive posts arrivals; match
each to its appointment, open the repair order, and page the advisor."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import datetime, timezone

import httpx
import wmill
from wmill import TaskError, step, task, workflow

log = logging.getLogger("dealership.service_lane")

ARRIVALS_STEP = "arrivals"
_CLIENTS: dict[str, httpx.Client] = {}


def client(base: str) -> httpx.Client:
    return _CLIENTS.setdefault(base, httpx.Client(base_url=base, timeout=15))


def reader_arrivals(reader_url: str, since: int) -> list[dict]:
    r = client(reader_url).get("/arrivals", params={"since": since})
    r.raise_for_status()
    return sorted(r.json(), key=lambda a: (a["seen_at"], a["plate"]))


@contextlib.contextmanager
def lane_timer(lane: str):
    started = time.perf_counter()
    yield
    log.info("lane %s handled in %.2fs", lane, time.perf_counter() - started)


@task()
async def appointment_for(store_id: str, plate: str, day: str) -> dict | None:
    r = client("https://dms.example-motors.com").get(f"/api/v2/stores/{store_id}/appointments", params={"plate": plate, "day": day})
    if r.status_code == 404:
        return None
    r.raise_for_status()
    return r.json()


@task()
async def open_repair_order(store_id: str, appointment: dict, arrived_at: str) -> str:
    r = client("https://dms.example-motors.com").post(
        f"/api/v2/stores/{store_id}/ros", json={"appointment": appointment["id"], "arrived_at": arrived_at}
    )
    r.raise_for_status()
    return r.json()["ro"]


@task()
async def page_advisor(advisor_id: str, text: str) -> None:
    hook = wmill.get_variable("f/dealership/advisor_pager")
    httpx.post(hook, json={"advisor": advisor_id, "text": text}, timeout=10)


@workflow
async def main(store_id: str, lane: str, reader_url: str, since_epoch: int):
    with lane_timer(lane):
        arrivals = await step(ARRIVALS_STEP, lambda: reader_arrivals(reader_url, since_epoch))

    opened: list[str] = []
    walk_ins: list[str] = []
    for a in arrivals:
        seen = datetime.fromtimestamp(a["seen_at"], timezone.utc)
        day = seen.date().isoformat()
        try:
            appt = await appointment_for(store_id, a["plate"], day)
        except (TaskError, asyncio.CancelledError) as err:
            log.warning("lookup failed for %s: %r", a["plate"], err)
            appt = None
        if appt is None:
            walk_ins.append(a["plate"])
            continue
        ro = await open_repair_order(store_id, appt, seen.astimezone(timezone.utc).isoformat())
        await page_advisor(appt["advisor_id"], f"{appt['customer']} is here ({a['plate']}), RO {ro}")
        opened.append(ro)

    return {"lane": lane, "opened": opened, "walk_ins": walk_ins}
