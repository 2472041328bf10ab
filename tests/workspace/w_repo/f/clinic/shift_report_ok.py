# SDK: wmill 1.850.0 step(): the clock is read once inside the callback and replayed; Shift.label and Roster.is_long (f/core/visits.py) are pure.
"""Hand-over report for the nursing shifts of a ward."""

import time

from wmill import step, task, workflow

from f.core.visits import Roster, Shift


@task()
async def post_handover(ward: str, lines: list[str]) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post(f"https://wards.internal/{ward}/handover", json={"lines": lines})
        return r.json()["id"]


@workflow
async def main(ward: str, shifts: list[dict]):
    now = await step("now", lambda: time.time())
    lines = []
    for s in shifts:
        shift = Shift(s["nurse"], s["starts_at"], s["hours"])
        if Roster.is_long(shift.hours):
            lines.append(f"{shift.label}: long shift")
        if shift.starts_at + shift.hours * 3600 - now < 1800:
            lines.append(f"{shift.label}: handing over soon")
    handover_id = await post_handover(ward, lines)
    return {"id": handover_id, "generated": now, "max_hours": Roster.max_shift_hours}
