# SDK: wmill 1.850.0 keys a step by its name; a name built from `uuid4()` differs in every replay, so the checkpointed pickup is never found and the courier booking step runs again each round
"""Specimen courier pickups from outreach clinics (Restate `ctx.run` blocks rewritten as steps by an agent)."""

from __future__ import annotations

import logging
from datetime import date
from uuid import uuid4

from wmill import sleep, step, task, workflow

log = logging.getLogger("path.courier")

COURIER = "https://courier.path.example"


def book_pickup(clinic: str, boxes: int, day: str) -> dict:
    import requests

    r = requests.post(f"{COURIER}/pickups", json={"clinic": clinic, "boxes": boxes, "day": day}, timeout=20)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def clinics_with_specimens(region: str, day: str) -> list[dict]:
    import requests

    r = requests.get(f"{COURIER}/regions/{region}/pending", params={"day": day}, timeout=20)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def pickup_status(pickup_id: str) -> str:
    import requests

    return requests.get(f"{COURIER}/pickups/{pickup_id}", timeout=20).json()["status"]


@workflow
async def main(region: str, day: str, poll_minutes: int = 30, max_polls: int = 16):
    date.fromisoformat(day)
    clinics = await clinics_with_specimens(region, day)
    bookings = []
    for c in clinics:
        booking = await step("pickup-" + str(uuid4()), lambda c=c: book_pickup(c["id"], c["boxes"], day))  # expect: WAC102, WAC103
        bookings.append(booking)
    pending = {b["id"] for b in bookings}
    for _ in range(max_polls):
        if not pending:
            break
        await sleep(poll_minutes * 60)
        for pid in sorted(pending):
            if await pickup_status(pid) == "delivered":
                pending.discard(pid)
    log.info("region %s: %d pickups, %d outstanding", region, len(bookings), len(pending))
    return {"booked": len(bookings), "outstanding": sorted(pending)}
