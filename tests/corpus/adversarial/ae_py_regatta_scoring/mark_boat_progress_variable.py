# SDK: wmill 1.850.0 set_progress() and get_variable() are API calls (_client.set_progress / get_variable over HTTP); in the body they run again in every round
import logging

import httpx
import wmill
from wmill import task, workflow

log = logging.getLogger("regatta.marks")

MARKS_API = "https://marks.regatta.example/api"


@task()
async def wind_reading(area: str) -> dict:
    r = httpx.get(f"{MARKS_API}/areas/{area}/wind")
    r.raise_for_status()
    return r.json()


@task(timeout=900)
async def move_mark(boat: str, mark: str, bearing: int, distance_nm: float, pin: str) -> dict:
    r = httpx.post(
        f"{MARKS_API}/boats/{boat}/orders",
        json={"mark": mark, "bearing": bearing, "nm": distance_nm},
        headers={"X-Pin": pin},
    )
    r.raise_for_status()
    return r.json()


def course_for(wind: dict, marks: list[str], leg_nm: float) -> list[tuple[str, int, float]]:
    axis = int(wind["dir_deg"])
    bearings = [axis, (axis + 180) % 360, (axis + 90) % 360]
    return [(m, bearings[i % len(bearings)], leg_nm) for i, m in enumerate(marks)]


@workflow
async def main(area: str, mark_boats: dict[str, str], leg_nm: float = 1.2):
    pin = wmill.get_variable("f/regatta/mark_boat_pin")  # expect: WAC101
    wind = await wind_reading(area)
    plan = course_for(wind, sorted(mark_boats), leg_nm)
    moved = []
    for i, (mark, bearing, nm) in enumerate(plan, 1):
        moved.append(await move_mark(mark_boats[mark], mark, bearing, nm, pin))
        wmill.set_progress(int(100 * i / len(plan)))  # expect: WAC101
    log.info("area %s: %d marks laid at %d°", area, len(moved), wind["dir_deg"])
    return {"area": area, "marks": moved}
