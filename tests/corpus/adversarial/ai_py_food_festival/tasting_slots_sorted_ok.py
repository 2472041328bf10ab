# SDK: wmill 1.850.0 keys tasks by call order; `sorted(...)` of the deduplicated vendor names gives the same order in every process, so each replay books the same vendor under the same key
"""Judges' tasting slots: dedupe the entries, give each vendor a slot, tell the judges (agent-written)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from wmill import step, task, workflow

log = logging.getLogger("festival.tasting")

JUDGING = "https://judging.festival.example"
SLOT_MINUTES = 12


@task(timeout=120)
async def contest_entries(contest: str) -> list[dict]:
    import httpx

    r = httpx.get(f"{JUDGING}/contests/{contest}/entries")
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def book_slot(contest: str, vendor: str, slot: int, starts_at: str) -> dict:
    import httpx

    r = httpx.post(f"{JUDGING}/contests/{contest}/slots", json={"vendor": vendor, "slot": slot, "starts_at": starts_at})
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def send_schedule(contest: str, schedule: list[dict]) -> None:
    import httpx

    httpx.post(f"{JUDGING}/contests/{contest}/schedule", json=schedule).raise_for_status()


@workflow
async def main(contest: str, first_slot: str = "2026-07-18T11:00:00"):
    entries = await contest_entries(contest)
    vendors = {e["vendor"].strip().lower() for e in entries if e.get("paid")}
    start = datetime.fromisoformat(first_slot)
    schedule = []
    for i, vendor in enumerate(sorted(vendors)):
        at = (start + timedelta(minutes=i * SLOT_MINUTES)).isoformat()
        schedule.append(await book_slot(contest, vendor, i + 1, at))
    await send_schedule(contest, schedule)
    summary = await step("summary", lambda: {"contest": contest, "slots": len(schedule)})
    log.info("tasting schedule %s", summary)
    return summary
