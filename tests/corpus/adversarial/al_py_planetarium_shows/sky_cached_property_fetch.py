# SDK: wmill 1.850.0 re-runs the workflow body in every round, each in a new process; `functools.cached_property` caches per instance, and the `Observatory` instance is built again in each round, so reading `site.sky` runs its getter (an HTTP request to the weather service) in every round, and its answer decides which task runs
"""Choose between the live-sky show and the dome projection for tonight's public
session. Ported from a Dagster asset that read conditions through a cached property."""

from functools import cached_property

import httpx

from wmill import task, workflow

WEATHER = "https://weather.observatory.example/v1"


class Observatory:
    def __init__(self, site: str, lat: float, lon: float):
        self.site = site
        self.lat = lat
        self.lon = lon

    @cached_property
    def sky(self) -> dict:
        r = httpx.get(f"{WEATHER}/clouds", params={"lat": self.lat, "lon": self.lon}, timeout=10)
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def schedule_show(session_id: str, kind: str) -> dict:
    async with httpx.AsyncClient(base_url="https://shows.planetarium.example") as client:
        r = await client.post(f"/sessions/{session_id}", json={"kind": kind})
        r.raise_for_status()
        return r.json()


@workflow
async def main(session_id: str, site: str = "ridge", lat: float = 46.2, lon: float = 7.4):
    observatory = Observatory(site, lat, lon)
    if observatory.sky["cloud_cover"] < 0.3:  # expect: WAC101
        return await schedule_show(session_id, "live-telescope")
    return await schedule_show(session_id, "dome-projection")
