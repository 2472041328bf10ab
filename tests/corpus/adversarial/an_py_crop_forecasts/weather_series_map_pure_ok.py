# SDK: wmill 1.850.0 client.py: the body replays after each task; Series.map over a pure function of the file and a tqdm progress bar (stderr only) compute the same frame in every round
"""Bucket farms into climate zones, then fetch a forecast per farm (coordinates come from a task)."""

import pandas as pd
from tqdm import tqdm

from wmill import task, workflow


def climate_zone(elevation_m: float) -> str:
    if elevation_m < 300:
        return "lowland"
    if elevation_m < 900:
        return "upland"
    return "alpine"


@task(timeout=120)
async def list_farms(region: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/regions/{region}/farms", params={"with": "coords"})
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def forecast(lat: float, lon: float, zone: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get("https://api.open-meteo.com/v1/forecast", params={"latitude": lat, "longitude": lon, "daily": "precipitation_sum"})
        r.raise_for_status()
        return {"zone": zone, **r.json()["daily"]}


@workflow
async def main(region: str):
    farms = pd.DataFrame(await list_farms(region))
    farms["zone"] = farms["elevation_m"].map(climate_zone)
    out = {}
    for row in tqdm(farms.itertuples(), total=len(farms), desc="forecasts"):
        out[row.farm_id] = await forecast(float(row.lat), float(row.lon), row.zone)
    return out
