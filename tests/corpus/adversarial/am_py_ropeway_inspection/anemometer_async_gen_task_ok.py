# SDK: wmill 1.850.0 client.py: the async generator only awaits the `tower_gust` task per tower (keys `tower_gust`, `tower_gust_2`, ... in list order), so under `async for` each round reads the same checkpointed gusts
"""Close the line when the wind over the towers exceeds the operating limit
(ported from a Flyte workflow whose sensor feed was an async generator)."""

from collections.abc import AsyncIterator

import httpx

from wmill import task, workflow

WIND_API = "https://wind.ropeway.example/api"


@task(timeout=60)
async def tower_gust(tower: str) -> dict:
    async with httpx.AsyncClient(base_url=WIND_API, timeout=20) as client:
        r = await client.get(f"/towers/{tower}/gust", params={"window": "10m"})
        r.raise_for_status()
        return {"tower": tower, **r.json()}


async def gusts(tower_ids: list[str]) -> AsyncIterator[dict]:
    for tower in tower_ids:
        yield await tower_gust(tower)


@task(timeout=120)
async def set_line_state(line: str, state: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url="https://scada.ropeway.example") as client:
        r = await client.post(f"/lines/{line}/state", json={"state": state, "reason": reason})
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str, tower_ids: list[str], limit_ms: float = 17.0):
    async for gust in gusts(tower_ids):
        if gust["speed_ms"] > limit_ms:
            return await set_line_state(line, "closed", f"gust {gust['speed_ms']} m/s at {gust['tower']}")
    return {"line": line, "state": "open"}
