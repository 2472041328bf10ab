# SDK: wmill 1.850.0 replays the body each round; `Depot.model_validate(raw)` in the body runs the model's `@field_validator`, which here checks the depot against the GIS service with httpx, so that request is sent again on every replay
"""Open a temporary snow dump site; the request payload is validated by a pydantic v2
model whose validator asks the GIS service whether the depot exists."""

from __future__ import annotations

import httpx
from pydantic import BaseModel, field_validator

from wmill import task, wait_for_approval, workflow

GIS_API = "https://gis.city.example/api"


class DumpSite(BaseModel):
    depot: str
    lot_id: str
    capacity_m3: int

    @field_validator("lot_id")
    @classmethod
    def lot_must_exist(cls, v: str) -> str:
        r = httpx.get(f"{GIS_API}/lots/{v}", timeout=10)
        if r.status_code == 404:
            raise ValueError(f"unknown lot {v}")
        return v


@task(timeout=600)
async def open_site(site: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://snow.city.example") as client:
        r = await client.post("/dump-sites", json=site)
        r.raise_for_status()
        return r.json()


@workflow
async def main(raw: dict):
    site = DumpSite.model_validate(raw)  # expect: WAC101
    decision = await wait_for_approval(timeout=4 * 3600, form={"type": "object", "properties": {"ok": {"type": "boolean"}}})
    if not decision.get("value", {}).get("ok"):
        return {"opened": False, "lot": site.lot_id}
    opened = await open_site(site.model_dump())
    return {"opened": True, "site": opened}
