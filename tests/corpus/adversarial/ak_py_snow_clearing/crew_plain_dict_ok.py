# SDK: wmill 1.850.0 encodes step and task results as JSON (`default=str`); plain dicts of strings come back unchanged, and the attribute-style `SimpleNamespace` is built in the body from the returned dict, after the checkpoint
"""Call in the on-call crew; records cross the checkpoint as dicts."""

from __future__ import annotations

from types import MappingProxyType, SimpleNamespace

import httpx

from wmill import step, task, workflow


@task(timeout=300)
async def on_call_crew(depot: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://roster.city.example/depots/{depot}/on-call")
        r.raise_for_status()
        data = r.json()
    return {"lead": data["lead"], "drivers": data["drivers"], "phone": data["phone"]}


@task(timeout=300)
async def page_crew(phone: str, message: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://sms.city.example/send", json={"to": phone, "text": message})
        r.raise_for_status()
        return r.json()


@workflow
async def main(depot: str, storm_id: str, backup_form: dict):
    crew = SimpleNamespace(**await on_call_crew(depot))
    backup = await step("backup", lambda: dict(MappingProxyType({k: backup_form[k] for k in ("lead", "phone")})))
    frozen = MappingProxyType(backup)
    paged = await page_crew(crew.phone, f"storm {storm_id}: report to {depot}")
    return {"lead": crew.lead, "backup": frozen["lead"], "paged": paged}
