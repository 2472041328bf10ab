# SDK: wmill 1.850.0 replays the body each round; this model's validator only checks the lot id's shape with a regex (no I/O), and the GIS lookup runs in a task whose result is checkpointed (`_next_step`)
"""Open a temporary snow dump site, with a pure pydantic validator."""

from __future__ import annotations

import re

import httpx
from pydantic import BaseModel, field_validator

from wmill import task, wait_for_approval, workflow

GIS_API = "https://gis.city.example/api"
LOT_ID = re.compile(r"^[A-Z]{2}-\d{4}$")


class DumpSite(BaseModel):
    depot: str
    lot_id: str
    capacity_m3: int

    @field_validator("lot_id")
    @classmethod
    def lot_shape(cls, v: str) -> str:
        if not LOT_ID.match(v):
            raise ValueError(f"malformed lot id {v!r}")
        return v


@task(timeout=120)
async def lot_exists(lot_id: str) -> bool:
    async with httpx.AsyncClient(base_url=GIS_API) as client:
        r = await client.get(f"/lots/{lot_id}")
        return r.status_code == 200


@task(timeout=600)
async def open_site(site: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://snow.city.example") as client:
        r = await client.post("/dump-sites", json=site)
        r.raise_for_status()
        return r.json()


@workflow
async def main(raw: dict):
    site = DumpSite.model_validate(raw)
    if not await lot_exists(site.lot_id):
        return {"opened": False, "reason": "unknown lot"}
    decision = await wait_for_approval(timeout=4 * 3600, form={"type": "object", "properties": {"ok": {"type": "boolean"}}})
    if not decision.get("value", {}).get("ok"):
        return {"opened": False, "lot": site.lot_id}
    return {"opened": True, "site": await open_site(site.model_dump())}
