# SDK: wmill 1.850.0: the body runs again on every replay, possibly on another worker: datetime.fromtimestamp(ts) without tz and dt.astimezone() without a zone convert through the worker's local time zone (the TZ environment / /etc/localtime), so the branch on the local hour reads the environment
"""Orientation check-in: students scan a QR code at the welcome desk; the scanner
service posts a batch of scans with epoch timestamps. Late arrivals (after the morning
session started) are routed to the afternoon session."""

from __future__ import annotations

import logging
from datetime import datetime

import httpx
import wmill
from wmill import step, task, workflow

log = logging.getLogger("admissions.orientation")

MORNING_START_HOUR = 9
AFTERNOON_START_HOUR = 13


@task()
async def mark_checked_in(student_id: str, session: str) -> dict:
    token = wmill.get_variable("f/admissions/sis_token")
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(
            f"https://sis.example-university.edu/api/orientation/{session}/attendees",
            json={"student": student_id},
            headers={"authorization": f"Bearer {token}"},
        )
        r.raise_for_status()
        return r.json()


@task()
async def text_student(phone: str, body: str) -> None:
    tw = wmill.get_resource("f/admissions/twilio")
    async with httpx.AsyncClient(auth=(tw["sid"], tw["token"]), timeout=20) as c:
        await c.post(
            f"https://api.twilio.com/2010-04-01/Accounts/{tw['sid']}/Messages.json",
            data={"To": phone, "From": tw["from"], "Body": body},
        )


@workflow
async def main(scans: list[dict]):
    routed = {"morning": [], "afternoon": []}
    for scan in sorted(scans, key=lambda s: (s["scanned_at"], s["student_id"])):
        arrived = datetime.fromtimestamp(scan["scanned_at"])  # expect: WAC102
        session = "morning" if arrived.hour < MORNING_START_HOUR + 1 else "afternoon"
        await mark_checked_in(scan["student_id"], session)
        if session == "afternoon":
            await text_student(scan["phone"], f"Welcome! Your orientation session starts at {AFTERNOON_START_HOUR}:00.")
        routed[session].append(scan["student_id"])

    last = max((s["scanned_at"] for s in scans), default=None)
    closed_local = datetime.fromisoformat(await step("closed_at", lambda: datetime.utcnow().isoformat() + "+00:00")).astimezone()  # expect: WAC102
    log.info("orientation desk closed at %s", closed_local)
    return {"routed": routed, "last_scan": last, "closed_hour": closed_local.hour}
