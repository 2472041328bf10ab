# SDK: wmill 1.850.0: a task awaited inside an async generator the body iterates is still awaited in the body's round, in the same order each replay; asyncio.gather(*coros) of a list built first dispatches in list order; a datetime read only into a log line decides nothing
"""Interview scheduling for the MBA program: page through the applicants invited to
interview, find each a panel slot, and send the calendar invitations."""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import AsyncIterator

import httpx
import wmill
from wmill import TaskError, step, task, workflow

log = logging.getLogger("admissions.interviews")


@dataclass(frozen=True)
class Settings:
    calendar_url: str
    page_size: int
    panel_size: int


SETTINGS = Settings(
    calendar_url=os.getenv("PANEL_CALENDAR_URL", "https://cal.example-university.edu/api"),
    page_size=int(os.getenv("INVITE_PAGE_SIZE", "50")),
    panel_size=3,
)


@task()
async def invited_page(cycle: str, cursor: str | None, size: int) -> dict:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(
            f"https://sis.example-university.edu/api/cycles/{cycle}/interviews",
            params={"cursor": cursor or "", "limit": size},
        )
        r.raise_for_status()
        return r.json()


@task()
async def free_panel_slot(applicant_id: str, panel_size: int, window: list[str]) -> dict | None:
    async with httpx.AsyncClient(base_url=SETTINGS.calendar_url, timeout=30) as c:
        r = await c.post("/slots/search", json={"applicant": applicant_id, "panel": panel_size, "window": window})
        if r.status_code == 404:
            return None
        r.raise_for_status()
        return r.json()


@task()
async def send_invite(applicant: dict, slot: dict) -> str:
    token = wmill.get_variable("f/admissions/calendar_token")
    async with httpx.AsyncClient(base_url=SETTINGS.calendar_url, timeout=30) as c:
        r = await c.post(
            "/events",
            headers={"authorization": f"Bearer {token}"},
            json={"attendees": [applicant["email"], *slot["panel"]], "start": slot["start"], "end": slot["end"]},
        )
        r.raise_for_status()
        return r.json()["event_id"]


async def invited(cycle: str) -> AsyncIterator[dict]:
    cursor = None
    while True:
        page = await invited_page(cycle, cursor, SETTINGS.page_size)
        for applicant in page["items"]:
            yield applicant
        cursor = page.get("next")
        if not cursor:
            return


@workflow
async def main(cycle: str, window_start: str, window_end: str):
    window = [window_start, window_end]
    placed: list[tuple[dict, dict]] = []
    unplaced: list[str] = []

    async for applicant in invited(cycle):
        try:
            slot = await free_panel_slot(applicant["id"], SETTINGS.panel_size, window)
        except TaskError as err:
            log.warning("slot search failed for %s: %s", applicant["id"], err)
            slot = None
        if slot is None:
            unplaced.append(applicant["id"])
        else:
            placed.append((applicant, slot))

    invites = [send_invite(a, s) for a, s in placed]
    event_ids = await asyncio.gather(*invites)
    log.info("sent %d invites at %s", len(event_ids), datetime.now(timezone.utc).isoformat())

    pairs = {a["id"]: e for (a, _), e in zip(placed, event_ids, strict=True)}
    summary = await step("summary", lambda: {"placed": len(pairs), "unplaced": len(unplaced)})
    return {**summary, "events": pairs, "unplaced": unplaced}
