# SDK: wmill 1.850.0 client.py: asyncio.create_task schedules the coroutine of each task call, and asyncio.gather awaits them all in list order (Prefect's task.submit() / .result()).
"""Geocoding job ported from Prefect: futures from .submit() gathered with .result()."""

import asyncio
import logging

from wmill import task, workflow

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("geocode")


@task(concurrency_limit=5, concurrency_key="geocoder")
async def geocode(address: str) -> dict:
    import httpx

    resp = httpx.get("https://geo.internal/search", params={"q": address})
    resp.raise_for_status()
    hit = resp.json()[0]
    return {"address": address, "lat": hit["lat"], "lon": hit["lon"]}


@task()
async def save(points: list[dict]) -> int:
    return len(points)


@workflow
async def main(addresses: list[str]):
    futures = [asyncio.create_task(geocode(address)) for address in addresses]
    points = await asyncio.gather(*futures)
    log.info("geocoded %d addresses", len(points))
    return {"saved": await save(list(points))}
