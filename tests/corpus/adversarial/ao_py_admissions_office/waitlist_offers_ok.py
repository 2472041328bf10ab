# SDK: wmill 1.850.0: step(name, fn) awaits fn() when it returns a coroutine, so an async def or a functools.partial runs inside the step; a helper that wraps a task in `except Exception` and raises another error cannot catch _StepSuspend (BaseException); `return await step(CONST, ...)` is not drawn by Windmill's parser (windmill-oracle dag)
"""Waitlist offers: when admitted students decline, offer the freed seats to the
waitlist in rank order, give each offer 72 hours, and move on when it lapses."""

from __future__ import annotations

import asyncio
import functools
import logging
from datetime import datetime, timedelta, timezone

import httpx
import wmill
from pydantic import BaseModel
from wmill import TaskError, sleep, step, task, workflow

log = logging.getLogger("admissions.waitlist")

SIS = "https://sis.example-university.edu/api"
OFFER_HOURS = 72
CLOSE_STEP = "closed_at"


class Offer(BaseModel):
    student_id: str
    program: str
    rank: int
    expires_at: str


class SeatsUnavailable(RuntimeError):
    pass


async def sis_get(path: str) -> dict:
    token = wmill.get_variable("f/admissions/sis_token")
    async with httpx.AsyncClient(base_url=SIS, headers={"authorization": f"Bearer {token}"}, timeout=30) as c:
        r = await c.get(path)
        r.raise_for_status()
        return r.json()


def expiry(from_iso: str, hours: int) -> str:
    return (datetime.fromisoformat(from_iso) + timedelta(hours=hours)).isoformat()


@task()
async def open_seats(program: str, term: str) -> int:
    data = await sis_get(f"/programs/{program}/terms/{term}/capacity")
    return int(data["capacity"]) - int(data["confirmed"])


@task()
async def waitlist(program: str, term: str) -> list[dict]:
    data = await sis_get(f"/programs/{program}/terms/{term}/waitlist")
    return sorted(data["entries"], key=lambda e: (e["rank"], e["student_id"]))


@task()
async def make_offer(offer: dict) -> str:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.post("/offers", json=offer)
        r.raise_for_status()
        return r.json()["offer_id"]


@task()
async def offer_status(offer_id: str) -> str:
    data = await sis_get(f"/offers/{offer_id}")
    return data["status"]


async def seats_or_fail(program: str, term: str) -> int:
    try:
        return await open_seats(program, term)
    except Exception as exc:
        raise SeatsUnavailable(f"capacity lookup failed for {program}") from exc


async def stamp(tz: timezone) -> str:
    await asyncio.sleep(0)
    return datetime.now(tz).isoformat()


@workflow
async def main(program: str, term: str, max_rounds: int = 10):
    try:
        seats = await seats_or_fail(program, term)
    except SeatsUnavailable as err:
        log.error("%s", err)
        return {"program": program, "offers": [], "error": str(err)}

    queue = await waitlist(program, term)
    made: list[dict] = []
    for entry in queue[:max_rounds]:
        if seats <= 0:
            break
        sent_at = await step("offer_sent_at", functools.partial(stamp, timezone.utc))
        offer = Offer(student_id=entry["student_id"], program=program, rank=entry["rank"], expires_at=expiry(sent_at, OFFER_HOURS))
        offer_id = await make_offer(offer.model_dump())
        await sleep(OFFER_HOURS * 3600)
        try:
            status = await offer_status(offer_id)
        except TaskError:
            status = "unknown"
        made.append({"offer_id": offer_id, "student": offer.student_id, "status": status})
        if status == "accepted":
            seats -= 1

    log.info("waitlist round done: %d offers", len(made))
    return await step(CLOSE_STEP, lambda: {"offers": made, "closed": datetime.now(timezone.utc).isoformat()})
