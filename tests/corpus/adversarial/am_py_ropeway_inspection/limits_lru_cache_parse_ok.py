# SDK: wmill 1.850.0 client.py: the cached helper only parses a TOML table written in the script (`tomllib.loads` of a constant), which gives the same dict in every round; the loads come from a task
"""Slow the line down when the cabin load exceeds the regulator's limits for the season."""

import functools
import tomllib

import httpx

from wmill import task, workflow

LIMITS_TOML = """
[L1]
max_cabin_kg = 640
reduced_speed_ms = 3.5

[L2]
max_cabin_kg = 800
reduced_speed_ms = 4.0
"""


@functools.cache
def operating_limits(line: str) -> dict:
    return tomllib.loads(LIMITS_TOML)[line]


@task(timeout=120)
async def cabin_loads(line: str) -> list[dict]:
    async with httpx.AsyncClient(base_url="https://telemetry.ropeway.example/api") as client:
        r = await client.get(f"/lines/{line}/loads")
        r.raise_for_status()
        return r.json()["cabins"]


@task(timeout=120)
async def set_speed(line: str, speed_ms: float) -> dict:
    async with httpx.AsyncClient(base_url="https://scada.ropeway.example") as client:
        r = await client.post(f"/lines/{line}/speed", json={"m_s": speed_ms})
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str):
    loads = await cabin_loads(line)
    limits = operating_limits(line)
    if any(c["kg"] > limits["max_cabin_kg"] for c in loads):
        return await set_speed(line, limits["reduced_speed_ms"])
    return {"line": line, "speed": "nominal"}
