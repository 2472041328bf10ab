# SDK: wmill 1.850.0 task() dispatches a child job keyed on func.__name__; Stop is a TypedDict (a dict at run time)
"""Tasks shared by every fleet workflow."""

from typing import TypedDict

import httpx
from wmill import task

from f.lib.retry import retrying, with_retries

GEOCODER = "https://geo.example-fleet.io/v1"


class Stop(TypedDict):
    stop_id: str
    address: str
    window_start: str
    window_end: str


@retrying(3)
@task()
async def geocode(address: str) -> dict:
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(f"{GEOCODER}/search", params={"q": address})
        resp.raise_for_status()
        return resp.json()["results"][0]


@with_retries(3)
@task()
async def reverse_geocode(lat: float, lon: float) -> dict:
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(f"{GEOCODER}/reverse", params={"lat": lat, "lon": lon})
        resp.raise_for_status()
        return resp.json()


@task(timeout=120, tag="notify")
async def notify_driver(driver_id: str, text: str) -> bool:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(f"{GEOCODER}/../push/{driver_id}", json={"text": text})
        return resp.status_code == 202
