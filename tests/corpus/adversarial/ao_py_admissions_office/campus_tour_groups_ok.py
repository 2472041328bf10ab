# SDK: wmill 1.850.0: datetime.fromtimestamp(ts, tz=timezone.utc) and time.gmtime(ts) of a given timestamp read no clock and no local zone; astimezone(ZoneInfo(...)) names its zone; sorted(s, key=lambda x: (len(x), x)) and heapq.nsmallest(n, s) order a set of str by value alone; dict.fromkeys(list) keeps the list's order
"""Campus tours: group the day's registered visitors into tour groups by interest,
pick the two shortest route names for the guide briefing, and send each group's
guide the roster."""

from __future__ import annotations

import heapq
import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import httpx
import wmill
from wmill import step, task, workflow

CAMPUS_TZ = ZoneInfo("America/Chicago")
GROUP_SIZE = 15


@task()
async def registrations(day: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get("https://visit.example-university.edu/api/registrations", params={"day": day})
        r.raise_for_status()
        return r.json()


@task()
async def guides_on_shift(day: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get("https://visit.example-university.edu/api/guides", params={"day": day})
        r.raise_for_status()
        return sorted(r.json(), key=lambda g: g["id"])


@task()
async def send_roster(guide: dict, interest: str, visitors: list[dict], starts: str) -> str:
    key = wmill.get_variable("f/admissions/sendgrid_key")
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(
            "https://api.sendgrid.com/v3/mail/send",
            headers={"authorization": f"Bearer {key}"},
            json={
                "personalizations": [{"to": [{"email": guide["email"]}]}],
                "subject": f"{interest} tour at {starts}: {len(visitors)} visitors",
                "content": [{"type": "text/plain", "value": "\n".join(v["name"] for v in visitors)}],
            },
        )
        return r.headers.get("x-message-id", "")


def local_start(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).astimezone(CAMPUS_TZ).strftime("%I:%M %p")


def utc_stamp(epoch: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime(epoch))


@workflow
async def main(day: str, first_tour_epoch: int, spacing_minutes: int = 30):
    visitors = await registrations(day)
    guides = await guides_on_shift(day)

    interests = list(dict.fromkeys(v["interest"] for v in visitors))
    routes = {v["route"] for v in visitors if v.get("route")}
    briefing_routes = heapq.nsmallest(2, routes)
    ordered_routes = sorted(routes, key=lambda r: (len(r), r))

    groups: list[tuple[str, list[dict]]] = []
    for interest in interests:
        members = [v for v in visitors if v["interest"] == interest]
        for i in range(0, len(members), GROUP_SIZE):
            groups.append((interest, members[i : i + GROUP_SIZE]))

    sent = []
    for n, ((interest, members), guide) in enumerate(zip(groups, guides)):
        epoch = first_tour_epoch + n * spacing_minutes * 60
        sent.append(await send_roster(guide, interest, members, local_start(epoch)))

    unstaffed = len(groups) - len(sent)
    summary = await step("summary", lambda: {"groups": len(groups), "unstaffed": max(unstaffed, 0)})
    return {
        **summary,
        "briefing_routes": briefing_routes,
        "routes": ordered_routes,
        "first_tour": utc_stamp(first_tour_epoch),
        "messages": sent,
    }
