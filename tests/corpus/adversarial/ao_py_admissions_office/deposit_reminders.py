# SDK: wmill 1.850.0: a task coroutine the body never awaits is only flushed at the end of the round (_run_workflow_async), not dispatched where it is written; os.environ read in the body is the worker's environment, read again on every replay
"""Enrollment deposit reminders: admitted students who have not paid their deposit get
a reminder every few days until the deadline; the counsellor is told about the ones
who are still silent after the last reminder."""

from __future__ import annotations

import logging
import os
from datetime import date

import httpx
import wmill
from wmill import sleep, step, task, workflow

log = logging.getLogger("admissions.deposits")

SIS = "https://sis.example-university.edu/api"
REMINDER_DAYS = (14, 7, 3, 1)
DEFAULT_TZ = os.environ.get("CAMPUS_TZ", "America/Chicago")


def days_between(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


@task()
async def unpaid_admits(term: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.get(f"/terms/{term}/admits", params={"deposit": "unpaid"})
        r.raise_for_status()
        return r.json()


@task()
async def send_reminder(student: dict, days_left: int, tz: str) -> str:
    key = wmill.get_variable("f/admissions/sendgrid_key")
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(
            "https://api.sendgrid.com/v3/mail/send",
            headers={"authorization": f"Bearer {key}"},
            json={
                "personalizations": [{"to": [{"email": student["email"]}]}],
                "from": {"email": "admissions@example-university.edu"},
                "subject": f"{days_left} days left to confirm your place",
                "content": [{"type": "text/plain", "value": f"Deadline is midnight {tz}."}],
            },
        )
        return r.headers.get("x-message-id", "")


@task()
async def flag_for_counsellor(student_id: str, reason: str) -> None:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        await c.post(f"/students/{student_id}/flags", json={"reason": reason, "queue": "counsellors"})


@workflow
async def main(term: str, deadline: str):
    today = await step("today", lambda: date.today().isoformat())
    tz = os.environ.get("CAMPUS_TZ") or DEFAULT_TZ  # expect: WAC102
    left = days_between(today, deadline)

    for days_left in REMINDER_DAYS:
        if left < days_left:
            continue
        await sleep((left - days_left) * 86400)
        left = days_left
        students = await unpaid_admits(term)
        if not students:
            return {"status": "all_paid", "at_days_left": days_left}
        for s in students:
            await send_reminder(s, days_left, tz)

    silent = await unpaid_admits(term)
    for s in silent:
        flag_for_counsellor(s["student_id"], "no deposit after final reminder")  # expect: WAC106
    log.info("%d students still unpaid", len(silent))
    return {"status": "deadline", "unpaid": [s["student_id"] for s in silent]}
