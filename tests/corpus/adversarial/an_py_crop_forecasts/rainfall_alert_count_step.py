# SDK: wmill 1.850.0 client.py: step() checkpoints its value through json.dumps(default=str); the sum of a boolean numpy array is numpy.int64 (no int subclass), so it comes back as the string "7" and the comparison below raises TypeError in the round that runs the step
"""Count stations over the heavy-rain threshold and raise a flood watch when too many are."""

import numpy as np

from wmill import step, task, workflow


@task(timeout=120)
async def station_readings(basin: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://hydro.example/api/basins/{basin}/rain24h")
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def flood_watch(basin: str, stations: int) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post("https://hydro.example/api/watches", json={"basin": basin, "stations": stations})


@workflow
async def main(basin: str, threshold_mm: float = 50.0, trigger: int = 5):
    readings = await station_readings(basin)
    rain = np.array([r["mm"] for r in readings], dtype=float)
    heavy = await step("count_heavy", lambda: (rain > threshold_mm).sum())  # expect: WAC107
    if heavy >= trigger:
        await flood_watch(basin, heavy)
    return {"heavy": heavy}
