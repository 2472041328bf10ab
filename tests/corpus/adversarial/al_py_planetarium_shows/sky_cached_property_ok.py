# SDK: wmill 1.850.0 re-runs the workflow body in every round; the `cached_property` here only computes from the instance's own fields (pure arithmetic), and the cloud cover comes from a task, replayed from its checkpoint
"""Choose between the live-sky show and the dome projection for tonight's public
session; conditions come from a task and the cached property only derives a window."""

from functools import cached_property

import httpx

from wmill import task, workflow

WEATHER = "https://weather.observatory.example/v1"


class Observatory:
    def __init__(self, site: str, lat: float, lon: float, sunset_hour: float):
        self.site = site
        self.lat = lat
        self.lon = lon
        self.sunset_hour = sunset_hour

    @cached_property
    def viewing_window(self) -> tuple[float, float]:
        start = self.sunset_hour + (1.5 if abs(self.lat) > 45 else 1.0)
        return start, start + 2.5


@task(timeout=60)
async def cloud_cover(lat: float, lon: float) -> float:
    async with httpx.AsyncClient(base_url=WEATHER) as client:
        r = await client.get("/clouds", params={"lat": lat, "lon": lon})
        r.raise_for_status()
        return float(r.json()["cloud_cover"])


@task(timeout=300)
async def schedule_show(session_id: str, kind: str, start_hour: float) -> dict:
    async with httpx.AsyncClient(base_url="https://shows.planetarium.example") as client:
        r = await client.post(f"/sessions/{session_id}", json={"kind": kind, "start": start_hour})
        r.raise_for_status()
        return r.json()


@workflow
async def main(session_id: str, sunset_hour: float, site: str = "ridge", lat: float = 46.2, lon: float = 7.4):
    observatory = Observatory(site, lat, lon, sunset_hour)
    start, _end = observatory.viewing_window
    if await cloud_cover(lat, lon) < 0.3:
        return await schedule_show(session_id, "live-telescope", start)
    return await schedule_show(session_id, "dome-projection", start)
