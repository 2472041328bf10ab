# SDK: wmill 1.850.0: a task's result crosses JSON as the child job's result (the worker's encoder uses `default=str`); a `types.SimpleNamespace` comes back as the string "namespace(...)", so `crew.lead` in the body raises AttributeError
"""Call in the on-call plow crew; the roster lookup returns attribute-style records."""

from __future__ import annotations

from types import SimpleNamespace

import httpx

from wmill import task, workflow


@task(timeout=300)
async def on_call_crew(depot: str) -> SimpleNamespace:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://roster.city.example/depots/{depot}/on-call")
        r.raise_for_status()
        data = r.json()
    return SimpleNamespace(lead=data["lead"], drivers=data["drivers"], phone=data["phone"])  # expect: WAC107


@task(timeout=300)
async def page_crew(phone: str, message: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://sms.city.example/send", json={"to": phone, "text": message})
        r.raise_for_status()
        return r.json()


@workflow
async def main(depot: str, storm_id: str):
    crew = await on_call_crew(depot)
    paged = await page_crew(crew.phone, f"storm {storm_id}: report to {depot}")
    return {"lead": crew.lead, "paged": paged}
