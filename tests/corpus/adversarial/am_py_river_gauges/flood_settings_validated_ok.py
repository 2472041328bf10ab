# SDK: wmill 1.850.0 client.py: `step` checkpoints `fn()`'s JSON and hands it back on replay without calling `fn`; `model_validate` of a dict that carries `flags` never calls the field's `default_factory`, so the flag variable is read once, inside the step
"""Decide whether to page the on-call hydrologist for a basin. Feature flags live in a
Windmill variable; the settings model fills them in when the caller does not."""

import json
from typing import Literal

import httpx
import wmill
from pydantic import BaseModel, Field

from wmill import step, task, workflow


def _load_flags() -> dict[str, bool]:
    return json.loads(wmill.get_variable("f/hydro/feature_flags"))


class FloodSettings(BaseModel):
    basin: str
    unit: Literal["m", "ft"] = "m"
    flags: dict[str, bool] = Field(default_factory=_load_flags)


@task(timeout=120)
async def forecast_peak(basin: str, unit: str) -> dict:
    async with httpx.AsyncClient(base_url="https://forecast.basin-authority.example") as client:
        r = await client.get(f"/basins/{basin}/peak", params={"unit": unit})
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def page_on_call(basin: str, peak: dict) -> str:
    async with httpx.AsyncClient(base_url="https://pager.basin-authority.example") as client:
        r = await client.post("/incidents", json={"basin": basin, "peak": peak})
        r.raise_for_status()
        return r.json()["incident_id"]


@workflow
async def main(basin: str):
    raw = await step("settings", lambda: FloodSettings(basin=basin).model_dump())
    settings = FloodSettings.model_validate(raw)
    peak = await forecast_peak(settings.basin, settings.unit)
    if settings.flags.get("auto_page", False) and peak["level"] >= peak["flood_stage"]:
        return {"paged": await page_on_call(settings.basin, peak)}
    return {"paged": None, "peak": peak}
