# SDK: wmill 1.850.0 a task's result crosses JSON with default=str: the orthophoto's bytes (requests' Response.content) come back as the text "b'\\x89PNG...'", so the body hands that repr string to the volume task instead of the image
"""Post-blast drone survey: muckpile volume from an orthophoto (written by an agent from the WAC guide)."""

from __future__ import annotations

import logging

from wmill import sleep, task, workflow

log = logging.getLogger("quarry.drone")

DRONE_API = "https://drone.quarry.example/v1"


@task(timeout=600, tag="drone")
async def request_flight(site: str, blast_id: str) -> str:
    import requests

    r = requests.post(f"{DRONE_API}/flights", json={"site": site, "mission": f"post-blast-{blast_id}"}, timeout=30)
    r.raise_for_status()
    return r.json()["flight_id"]


@task(timeout=120)
async def flight_status(flight_id: str) -> str:
    import requests

    return requests.get(f"{DRONE_API}/flights/{flight_id}", timeout=30).json()["status"]


@task(timeout=900)
async def download_orthophoto(flight_id: str) -> bytes:
    import requests

    r = requests.get(f"{DRONE_API}/flights/{flight_id}/orthophoto.png", timeout=300)
    r.raise_for_status()
    return r.content  # expect: WAC107


@task(timeout=1800, tag="gpu")
async def estimate_volume(image: bytes, bench_level_m: float) -> dict:
    import io

    import numpy as np
    from PIL import Image

    dem = np.asarray(Image.open(io.BytesIO(image)).convert("F"))
    above = np.clip(dem - bench_level_m, 0, None)
    return {"m3": float(above.sum() * 0.04), "max_height_m": float(above.max())}


@workflow
async def main(site: str, blast_id: str, bench_level_m: float, poll_minutes: int = 10):
    flight = await request_flight(site, blast_id)
    for _ in range(18):
        if await flight_status(flight) == "processed":
            break
        await sleep(poll_minutes * 60)
    else:
        return {"blast": blast_id, "status": "timed_out"}
    image = await download_orthophoto(flight)
    volume = await estimate_volume(image, bench_level_m)
    log.info("blast %s muckpile %.0f m3", blast_id, volume["m3"])
    return {"blast": blast_id, **volume}
