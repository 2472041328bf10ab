# SDK: wmill 1.850.0 client.py: step() checkpoints through json.dumps(default=str); numpy.float64 subclasses float and int(...) gives a Python int, so both come back as numbers
"""Average rainfall per basin and raise a flood watch when the mean is high."""

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
async def flood_watch(basin: str, mean_mm: float, stations: int) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post("https://hydro.example/api/watches", json={"basin": basin, "mean": mean_mm, "stations": stations})


@workflow
async def main(basin: str, threshold_mm: float = 50.0):
    readings = await station_readings(basin)
    rain = np.array([r["mm"] for r in readings], dtype=float)
    mean_mm = await step("mean_rain", lambda: np.mean(rain))
    heavy = await step("count_heavy", lambda: int((rain > threshold_mm).sum()))
    if mean_mm >= threshold_mm:
        await flood_watch(basin, mean_mm, heavy)
    return {"mean": mean_mm, "heavy": heavy}
