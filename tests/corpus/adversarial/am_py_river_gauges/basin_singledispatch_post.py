# SDK: wmill 1.850.0 client.py: only `task` / `step` calls are checkpointed; `functools.singledispatch` picks the `dict` implementation for `summary` (a task result, a dict after the JSON round trip), which POSTs with requests from the workflow body on every replay
"""Publish the basin's daily summary to the public dashboard and the archive."""

import functools

import requests

from wmill import task, workflow

DASHBOARD = "https://dashboard.basin-authority.example/api"


@functools.singledispatch
def publish(payload) -> str:
    raise TypeError(f"cannot publish {type(payload).__name__}")


@publish.register
def _(payload: str) -> str:
    return payload.strip()


@publish.register
def _(payload: dict) -> str:
    r = requests.post(f"{DASHBOARD}/summaries", json=payload, timeout=30)
    r.raise_for_status()
    return r.json()["url"]


@task(timeout=600)
async def build_summary(basin: str, day: str) -> dict:
    r = requests.get(f"https://hydro.basin-authority.example/api/v2/basins/{basin}/daily/{day}", timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def archive(basin: str, day: str, url: str) -> dict:
    r = requests.put(f"https://archive.basin-authority.example/{basin}/{day}", json={"url": url}, timeout=60)
    r.raise_for_status()
    return {"archived": True}


@workflow
async def main(basin: str, day: str):
    summary = await build_summary(basin, day)
    url = publish(summary)  # expect: WAC101
    return await archive(basin, day, url)
