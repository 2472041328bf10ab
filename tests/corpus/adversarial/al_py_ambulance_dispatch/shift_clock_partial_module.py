# SDK: wmill 1.850.0 re-runs the workflow body in every round; `utc_now` is `functools.partial(datetime.now, timezone.utc)`, so the helper the body calls reads the clock each round and the branch (and which tasks get keys) can flip between rounds
"""Night-shift staffing check for an ambulance station. Ported from a Temporal workflow
that used `workflow.now()`; the port kept a module-level partial of `datetime.now`."""

from datetime import datetime, timezone
from functools import partial

import httpx

from wmill import task, workflow

utc_now = partial(datetime.now, timezone.utc)


def is_night_shift(start_hour: int = 22, end_hour: int = 6) -> bool:
    hour = utc_now().hour
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
    shift = "night" if is_night_shift() else "day"  # expect: WAC102
    crew = await roster(station_id, shift)
    if len(crew) < minimum_crew:
        return await request_cover(station_id, minimum_crew - len(crew))
    return {"station": station_id, "shift": shift, "crew": crew}
