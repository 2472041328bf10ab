# SDK: wmill 1.850.0 the clock is an optional input: when the caller passes `now` it is used, otherwise it is read once inside step(); every later value derives from it; tasks are called in a list comprehension handed to asyncio.gather
import asyncio
from datetime import datetime, timedelta, timezone

import httpx
from wmill import step, task, workflow

SLOT_MINUTES = 20


@task()
async def open_slots(site: str, day: str, slots: list[str]) -> dict:
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.put(f"https://pickups.foodbank.example/{site}/{day}/slots", json={"slots": slots})
        r.raise_for_status()
        return {"site": site, "opened": len(slots)}


def slots_between(start: datetime, end: datetime) -> list[str]:
    out, t = [], start
    while t + timedelta(minutes=SLOT_MINUTES) <= end:
        out.append(t.strftime("%H:%M"))
        t += timedelta(minutes=SLOT_MINUTES)
    return out


@workflow
async def main(sites: list[str], opens: str = "10:00", closes: str = "14:00", now: str | None = None):
    if now is None:
        now = await step("now", lambda: datetime.now(timezone.utc).isoformat())
    tomorrow = (datetime.fromisoformat(now) + timedelta(days=1)).date()
    start = datetime.combine(tomorrow, datetime.strptime(opens, "%H:%M").time())
    end = datetime.combine(tomorrow, datetime.strptime(closes, "%H:%M").time())
    slots = slots_between(start, end)
    results = await asyncio.gather(*[open_slots(site, tomorrow.isoformat(), slots) for site in sites])
    return {"day": tomorrow.isoformat(), "slots": len(slots), "sites": results}
