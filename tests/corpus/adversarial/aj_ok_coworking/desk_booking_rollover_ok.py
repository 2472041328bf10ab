# SDK: wmill 1.850.0: the clock is read in a step by a named function; date maths after that uses the checkpointed string
from datetime import date, datetime, timedelta, timezone

from wmill import step, task, workflow

FLOORS = ("ground", "mezzanine", "roof")


def utc_today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


@task()
async def release_unclaimed(floor: str, day: str) -> int:
    import requests

    r = requests.post(f"https://desks.example-cowork.com/floors/{floor}/release", json={"day": day}, timeout=20)
    r.raise_for_status()
    return r.json()["released"]


@task()
async def open_bookings(day: str, horizon_days: int) -> dict:
    import requests

    r = requests.post("https://desks.example-cowork.com/calendar/open", json={"through": day, "horizon": horizon_days}, timeout=20)
    r.raise_for_status()
    return r.json()


@workflow
async def main(horizon_days: int = 14):
    today = date.fromisoformat(await step("today", utc_today))
    released = {floor: await release_unclaimed(floor, today.isoformat()) for floor in FLOORS}
    last_open = today + timedelta(days=horizon_days)
    calendar = await open_bookings(last_open.isoformat(), horizon_days)
    return {"today": today.isoformat(), "released": released, "open_through": last_open.isoformat(), "calendar": calendar}
