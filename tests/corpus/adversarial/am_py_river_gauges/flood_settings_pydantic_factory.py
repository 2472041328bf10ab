# SDK: wmill 1.850.0 client.py: `get_variable` is an HTTP GET to the workspace API (`Windmill.get_variable`); pydantic v2 calls a field's `default_factory` when the model is built without that field, so `FloodSettings(basin=basin)` in the body requests the flag variable again on every replay and the branch below can change between rounds
"""Decide whether to page the on-call hydrologist for a basin. Feature flags live in a
Windmill variable; the settings model fills them in when the caller does not."""

import json
from typing import Literal

import httpx
import wmill
from pydantic import BaseModel, Field

from wmill import task, workflow


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
    settings = FloodSettings(basin=basin)  # expect: WAC101
    peak = await forecast_peak(settings.basin, settings.unit)
    if settings.flags.get("auto_page", False) and peak["level"] >= peak["flood_stage"]:
        return {"paged": await page_on_call(settings.basin, peak)}
    return {"paged": None, "peak": peak}
