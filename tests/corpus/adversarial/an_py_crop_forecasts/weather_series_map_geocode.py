# SDK: wmill 1.850.0 client.py: the body replays after each task; pandas Series.map(func) calls func on every value there and then, so a geocoding helper handed to it sends its requests in every round
"""Attach coordinates to each farm, then fetch a weather forecast per farm (ported from a notebook)."""

import pandas as pd
import requests

from wmill import task, workflow

GEOCODER = "https://geocode.example/v1/search"


def geocode(address: str) -> tuple[float, float]:
    r = requests.get(GEOCODER, params={"q": address, "limit": 1}, timeout=15)
    r.raise_for_status()
    hit = r.json()[0]
    return float(hit["lat"]), float(hit["lon"])


@task(timeout=120)
async def list_farms(region: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/regions/{region}/farms")
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def forecast(lat: float, lon: float) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get("https://api.open-meteo.com/v1/forecast", params={"latitude": lat, "longitude": lon, "daily": "precipitation_sum"})
        r.raise_for_status()
        return r.json()["daily"]


@workflow
async def main(region: str):
    farms = pd.DataFrame(await list_farms(region))
    farms["coords"] = farms["address"].map(geocode)  # expect: WAC101
    out = {}
    for farm_id, (lat, lon) in zip(farms["farm_id"], farms["coords"]):
        out[farm_id] = await forecast(lat, lon)
    return out
