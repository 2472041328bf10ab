# SDK: wmill 1.850.0 replays the body each round; reading the pydantic `@computed_field` property `hours_left` runs its getter, which reads `datetime.now`, so the branch between calling in contractors and waiting can go another way on a replay
"""Storm response: call in contractor plows when the forecast storm is close."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from pydantic import BaseModel, computed_field

from wmill import sleep, task, workflow


class StormForecast(BaseModel):
    storm_id: str
    arrives_at: datetime
    snow_cm: int

    @computed_field
    @property
    def hours_left(self) -> float:
        return (self.arrives_at - datetime.now(UTC)).total_seconds() / 3600


@task(timeout=300)
async def fetch_forecast(region: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://weather.example/storms/{region}/next")
        r.raise_for_status()
        return r.json()


@task(timeout=600)
async def call_contractors(storm_id: str, snow_cm: int) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://contractors.city.example/callouts", json={"storm": storm_id, "snow_cm": snow_cm})
        r.raise_for_status()
        return r.json()


@workflow
async def main(region: str):
    storm = StormForecast.model_validate(await fetch_forecast(region))
    if storm.hours_left > 12:  # expect: WAC102
        await sleep(6 * 3600)
        storm = StormForecast.model_validate(await fetch_forecast(region))
    callout = await call_contractors(storm.storm_id, storm.snow_cm)
    return {"storm": storm.storm_id, "callout": callout}
