# SDK: wmill 1.850.0 replays the body each round; `anyio.to_thread.run_sync(fn, *args)` calls `fn` in a worker thread at once and the body awaits it, so `requests.post` handed to it uploads the scan in the body on every replay
"""Upload fretboard laser scans; the upload was moved off the event loop with anyio,
as in the team's FastAPI service."""

from __future__ import annotations

import anyio
import anyio.to_thread
import requests

from wmill import task, workflow

SCAN_API = "https://scans.luthier.example/upload"


@task(timeout=1200, tag="cad")
async def fit_radius(scan_id: str) -> dict:
    r = requests.post(f"https://scans.luthier.example/{scan_id}/fit-radius", timeout=600)
    r.raise_for_status()
    return r.json()


@workflow
async def main(instrument_id: str, scan_points: list[list[float]]):
    payload = {"instrument": instrument_id, "points": scan_points}
    resp = await anyio.to_thread.run_sync(lambda: requests.post(SCAN_API, json=payload, timeout=120))  # expect: WAC101
    scan_id = resp.json()["scan_id"]
    radius = await fit_radius(scan_id)
    return {"instrument": instrument_id, "scan": scan_id, "radius_mm": radius["radius_mm"]}
