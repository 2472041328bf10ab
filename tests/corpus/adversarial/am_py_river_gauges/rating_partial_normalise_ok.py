# SDK: wmill 1.850.0 client.py: `_run_inline_step` checkpoints what `fn()` returns and hands it back on replay; `functools.partial(_to_points, rows)` changes nothing and its result is assigned, so every round sees the same points
"""Refit a gauge's stage-discharge rating curve from the latest field gaugings."""

import functools

import httpx

from wmill import step, task, workflow


@task(timeout=300)
async def fetch_gaugings(station_id: str, since: str) -> list[dict]:
    async with httpx.AsyncClient(base_url="https://fieldwork.hydro.example") as client:
        r = await client.get(f"/stations/{station_id}/gaugings", params={"since": since})
        r.raise_for_status()
        return r.json()["gaugings"]


@task(timeout=900)
async def fit_rating(station_id: str, points: list[dict]) -> dict:
    async with httpx.AsyncClient(base_url="https://ratings.hydro.example") as client:
        r = await client.post(f"/stations/{station_id}/fit", json={"points": points})
        r.raise_for_status()
        return r.json()


def _to_points(rows: list[dict]) -> list[dict]:
    return [{"h": row["stage_m"], "q": row["discharge_m3s"]} for row in rows if row.get("qc") == "ok"]


@workflow
async def main(station_id: str, since: str):
    rows = await fetch_gaugings(station_id, since)
    points = await step("collect", functools.partial(_to_points, rows))
    if len(points) < 6:
        return {"station": station_id, "refit": False, "reason": "too few gaugings"}
    return {"station": station_id, "refit": True, "curve": await fit_rating(station_id, points)}
