# SDK: wmill 1.850.0 replays the body each round; this `@computed_field` derives from the model's own fields only, and the remaining hours are computed inside a `step` (checkpointed by `_run_inline_step`), so every round takes the same branch
"""Storm response with the time-to-arrival checkpointed in a step."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from pydantic import BaseModel, computed_field

from wmill import sleep, step, task, workflow


class StormForecast(BaseModel):
    storm_id: str
    arrives_at: datetime
    snow_cm: int

    @computed_field
    @property
    def severity(self) -> str:
        return "heavy" if self.snow_cm >= 25 else "moderate"


@task(timeout=300)
async def fetch_forecast(region: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://weather.example/storms/{region}/next")
        r.raise_for_status()
        return r.json()


@task(timeout=600)
async def call_contractors(storm_id: str, snow_cm: int, severity: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post(
            "https://contractors.city.example/callouts",
            json={"storm": storm_id, "snow_cm": snow_cm, "severity": severity},
        )
        r.raise_for_status()
        return r.json()


@workflow
async def main(region: str):
    storm = StormForecast.model_validate(await fetch_forecast(region))
    hours_left = await step(
        "hours_left",
        lambda: (storm.arrives_at - datetime.now(UTC)).total_seconds() / 3600,
    )
    if hours_left > 12:
        await sleep(6 * 3600)
        storm = StormForecast.model_validate(await fetch_forecast(region))
    callout = await call_contractors(storm.storm_id, storm.snow_cm, storm.severity)
    return {"storm": storm.storm_id, "severity": storm.severity, "callout": callout}
