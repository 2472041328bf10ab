# SDK: wmill 1.850.0 encodes a step's result with `json.dumps(..., default=str)` (`_run_inline_step`); `types.MappingProxyType` is no dict subclass, so the read-only view comes back as the string "{'lead': ...}" and `crew["phone"]` raises TypeError
"""Freeze the crew record read from a form before paging it."""

from __future__ import annotations

from types import MappingProxyType

import httpx

from wmill import step, task, workflow


@task(timeout=300)
async def page_crew(phone: str, message: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://sms.city.example/send", json={"to": phone, "text": message})
        r.raise_for_status()
        return r.json()


@workflow
async def main(depot: str, storm_id: str, crew_form: dict):
    crew = await step("crew", lambda: MappingProxyType({k: crew_form[k] for k in ("lead", "phone")}))  # expect: WAC107
    paged = await page_crew(crew["phone"], f"storm {storm_id}: report to {depot}")
    return {"lead": crew["lead"], "paged": paged}
