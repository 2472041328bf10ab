# SDK: wmill 1.850.0 client.py: only task / step calls are checkpointed; the async generator's body runs under `async for` in the workflow body, so each page of gusts is fetched with httpx again in every round, and a gust logged after the first suspension can change the decision
"""Close the line when the wind over the towers exceeds the operating limit
(ported from a Flyte workflow whose sensor feed was an async generator)."""

from collections.abc import AsyncIterator

import httpx

from wmill import task, workflow

WIND_API = "https://wind.ropeway.example/api"


async def gusts(tower_ids: list[str]) -> AsyncIterator[dict]:
    async with httpx.AsyncClient(base_url=WIND_API, timeout=20) as client:
        for tower in tower_ids:
            r = await client.get(f"/towers/{tower}/gust", params={"window": "10m"})
            r.raise_for_status()
            yield {"tower": tower, **r.json()}


@task(timeout=120)
async def set_line_state(line: str, state: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url="https://scada.ropeway.example") as client:
        r = await client.post(f"/lines/{line}/state", json={"state": state, "reason": reason})
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str, tower_ids: list[str], limit_ms: float = 17.0):
    async for gust in gusts(tower_ids):  # expect: WAC101
        if gust["speed_ms"] > limit_ms:
            return await set_line_state(line, "closed", f"gust {gust['speed_ms']} m/s at {gust['tower']}")
    return {"line": line, "state": "open"}
