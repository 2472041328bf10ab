"""Compare the live gaps between trains of a line with the planned headway."""

import importlib

import httpx
from wmill import task, workflow

clock = importlib.import_module("f.rail.lib.clock")


@task()
async def train_positions(line: str) -> list[dict]:
    resp = httpx.get(f"https://occ.westbahn-regional.at/api/lines/{line}/trains", timeout=10)
    return resp.json()["trains"]


@workflow
async def main(line: str, tolerance_min: int = 5):
    live = importlib.import_module("f.rail.lib.live")  # expect: WAC101
    planned = live.headway_min(line)
    trains = await train_positions(line)
    gaps = [b["eta_min"] - a["eta_min"] for a, b in zip(trains, trains[1:])]
    late = [g for g in gaps if g > planned + tolerance_min]
    return {"day": clock.service_day(), "planned": planned, "late_gaps": late}  # expect: WAC102
