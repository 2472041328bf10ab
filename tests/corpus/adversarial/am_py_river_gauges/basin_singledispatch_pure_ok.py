# SDK: wmill 1.850.0 client.py: the body only calls tasks; the `singledispatch` functions it calls are pure formatters, and the POST is inside the `publish_summary` task, run once in its own job
"""Publish the basin's daily summary to the public dashboard and the archive."""

import functools

import requests

from wmill import task, workflow

DASHBOARD = "https://dashboard.basin-authority.example/api"


@functools.singledispatch
def headline(payload) -> str:
    raise TypeError(f"cannot summarise {type(payload).__name__}")


@headline.register
def _(payload: str) -> str:
    return payload.strip()


@headline.register
def _(payload: dict) -> str:
    return f"{payload['basin']}: peak {payload['peak_m']:.2f} m at {payload['peak_station']}"


@task(timeout=600)
async def build_summary(basin: str, day: str) -> dict:
    r = requests.get(f"https://hydro.basin-authority.example/api/v2/basins/{basin}/daily/{day}", timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def publish_summary(summary: dict, title: str) -> str:
    r = requests.post(f"{DASHBOARD}/summaries", json={**summary, "title": title}, timeout=30)
    r.raise_for_status()
    return r.json()["url"]


@workflow
async def main(basin: str, day: str):
    summary = await build_summary(basin, day)
    url = await publish_summary(summary, headline(summary))
    return {"basin": basin, "day": day, "url": url}
