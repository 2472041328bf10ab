# SDK: wmill 1.850.0 client.py: each round is a new process (the module is imported again), so `functools.cache` is empty at the start of every round and `operating_limits` sends its GET from the body once per round, outside any checkpoint
"""Slow the line down when the cabin load exceeds the regulator's limits for the season."""

import functools

import httpx

from wmill import task, workflow


@functools.cache
def operating_limits(line: str) -> dict:
    r = httpx.get(f"https://regulator.ropeway.example/lines/{line}/limits", timeout=20)
    r.raise_for_status()
    return r.json()


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
    limits = operating_limits(line)  # expect: WAC101
    if any(c["kg"] > limits["max_cabin_kg"] for c in loads):
        return await set_speed(line, limits["reduced_speed_ms"])
    return {"line": line, "speed": "nominal"}
