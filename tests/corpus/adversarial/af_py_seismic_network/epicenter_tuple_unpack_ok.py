# SDK: wmill 1.850.0 task() docstring: a tuple result comes back as a list; unpacking it and comparing its items works the same in every round
"""Relocate an event; the locator's tuple is unpacked, never compared whole."""

from typing import Optional

import httpx
from wmill import task, workflow

LOCATOR = "https://nlloc.seismo.example/api"


@task()
async def relocate(event_id: str, model: str) -> tuple[float, float, bool]:
    r = httpx.post(f"{LOCATOR}/relocate", json={"event": event_id, "model": model}, timeout=120)
    r.raise_for_status()
    body = r.json()
    return (body.get("lat", 0.0), body.get("lon", 0.0), bool(body.get("converged")))


@task()
async def network_centroid(network: str) -> list[float]:
    r = httpx.get(f"{LOCATOR}/networks/{network}/centroid")
    r.raise_for_status()
    return [r.json()["lat"], r.json()["lon"]]


@task()
async def store_origin(event_id: str, lat: float, lon: float, source: str) -> None:
    httpx.put(f"{LOCATOR}/events/{event_id}/origin", json={"lat": lat, "lon": lon, "source": source}).raise_for_status()


@workflow
async def main(event_id: str, network: str, model: str = "iasp91", note: Optional[str] = None):
    lat, lon, converged = await relocate(event_id, model)
    source = "relocated"
    if not converged or (lat, lon) == (0.0, 0.0):
        lat, lon = await network_centroid(network)
        source = "centroid"
    await store_origin(event_id, lat, lon, source)
    return {"event": event_id, "lat": lat, "lon": lon, "source": source, "note": note}
