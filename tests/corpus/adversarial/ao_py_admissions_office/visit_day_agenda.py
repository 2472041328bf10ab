# SDK: wmill 1.850.0: a task's result reaches the body through the checkpoint's JSON (the worker's encoder falls back to str()), so a pydantic model returned as is comes back as its str(), not a dict; time.localtime(ts) converts through the worker's local zone (TZ), which the body reads again on every replay
"""Admitted-student visit day: build each family's agenda from their registrations,
send it the evening before, and text the morning check-in room."""

from __future__ import annotations

import time

import httpx
import wmill
from pydantic import BaseModel
from wmill import sleep, step, task, workflow

VISITS = "https://visit.example-university.edu/api"


class Session(BaseModel):
    title: str
    room: str
    starts_epoch: int


class Agenda(BaseModel):
    family_id: str
    email: str
    phone: str
    sessions: list[Session]


@task()
async def build_agenda(family_id: str, event_id: str) -> Agenda:
    async with httpx.AsyncClient(base_url=VISITS, timeout=30) as c:
        r = await c.get(f"/events/{event_id}/families/{family_id}/registrations")
        r.raise_for_status()
        data = r.json()
    sessions = sorted((Session(**s) for s in data["sessions"]), key=lambda s: s.starts_epoch)
    return Agenda(family_id=family_id, email=data["email"], phone=data["phone"], sessions=sessions)  # expect: WAC107


@task()
async def email_agenda(email: str, lines: list[str]) -> None:
    key = wmill.get_variable("f/admissions/sendgrid_key")
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            "https://api.sendgrid.com/v3/mail/send",
            headers={"authorization": f"Bearer {key}"},
            json={
                "personalizations": [{"to": [{"email": email}]}],
                "from": {"email": "visit@example-university.edu"},
                "subject": "Your visit day agenda",
                "content": [{"type": "text/plain", "value": "\n".join(lines)}],
            },
        )


@task()
async def text_family(phone: str, body: str) -> None:
    tw = wmill.get_resource("f/admissions/twilio")
    async with httpx.AsyncClient(auth=(tw["sid"], tw["token"]), timeout=20) as c:
        await c.post(
            f"https://api.twilio.com/2010-04-01/Accounts/{tw['sid']}/Messages.json",
            data={"To": phone, "From": tw["from"], "Body": body},
        )


@workflow
async def main(family_id: str, event_id: str, send_at_epoch: int):
    agenda = await build_agenda(family_id, event_id)
    lines = [
        f"{time.strftime('%I:%M %p', time.localtime(s['starts_epoch']))}  {s['title']} ({s['room']})"  # expect: WAC102
        for s in agenda["sessions"]
    ]
    now = await step("now", lambda: int(time.time()))
    if send_at_epoch > now:
        await sleep(send_at_epoch - now)
    await email_agenda(agenda["email"], lines)
    first = agenda["sessions"][0] if agenda["sessions"] else None
    if first:
        await text_family(agenda["phone"], f"Good morning! Check-in is in {first['room']}.")
    return {"family_id": family_id, "sessions": len(agenda["sessions"])}
