# SDK: wmill 1.850.0 `step` runs its function once and checkpoints the result; later rounds get the stored hour back, so the branch is the same in every round. `utc_now` (a partial of `datetime.now`) is only called inside the step's lambda
"""Night-shift staffing check for an ambulance station. The hour comes from a step, so
every replay takes the branch the first round took."""

from datetime import datetime, timezone
from functools import partial

import httpx

from wmill import step, task, workflow

utc_now = partial(datetime.now, timezone.utc)


def is_night(hour: int, start_hour: int = 22, end_hour: int = 6) -> bool:
    return hour >= start_hour or hour < end_hour


@task(timeout=60)
async def roster(station_id: str, shift: str) -> list[str]:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://roster.ems.example/stations/{station_id}", params={"shift": shift})
        r.raise_for_status()
        return r.json()["crew"]


@task(timeout=60)
async def request_cover(station_id: str, missing: int) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://roster.ems.example/cover", json={"station": station_id, "missing": missing})
        r.raise_for_status()
        return r.json()


@workflow
async def main(station_id: str, minimum_crew: int = 4):
    hour = await step("hour", lambda: utc_now().hour)
    shift = "night" if is_night(hour) else "day"
    crew = await roster(station_id, shift)
    if len(crew) < minimum_crew:
        return await request_cover(station_id, minimum_crew - len(crew))
    return {"station": station_id, "shift": shift, "crew": crew}
