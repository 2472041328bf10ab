# SDK: wmill 1.850.0 task_flow() sends its kwargs as the child flow's args, encoded with json default=str: a typing.NamedTuple is written as a JSON array, so the flow's `plan.altitude_m` input is missing
import logging
from typing import NamedTuple

import httpx
from wmill import task, task_flow, workflow

log = logging.getLogger("glacier.drone")

FLEET_API = "https://fleet.glaciology.example/api"


class FlightPlan(NamedTuple):
    drone: str
    altitude_m: int
    overlap_pct: int
    lines: int


@task()
async def terrain_envelope(area_id: str) -> dict:
    r = httpx.get(f"{FLEET_API}/areas/{area_id}/terrain")
    r.raise_for_status()
    return r.json()


fly_mission = task_flow("f/glacier/fly_photogrammetry", timeout=5400)


def plan_for(drone: str, envelope: dict, gsd_cm: float) -> FlightPlan:
    altitude = int(envelope["max_relief_m"] + gsd_cm * 35)
    lines = max(2, int(envelope["width_m"] // (altitude * 0.6)))
    return FlightPlan(drone=drone, altitude_m=altitude, overlap_pct=75, lines=lines)


@workflow
async def main(area_id: str, drones: list[str], gsd_cm: float = 3.0):
    envelope = await terrain_envelope(area_id)
    flights = []
    for drone in drones:
        plan = plan_for(drone, envelope, gsd_cm)
        log.info("%s at %d m, %d lines", plan.drone, plan.altitude_m, plan.lines)
        flights.append(await fly_mission(area_id=area_id, plan=plan))  # expect: WAC107
    return {"area": area_id, "flights": flights}
