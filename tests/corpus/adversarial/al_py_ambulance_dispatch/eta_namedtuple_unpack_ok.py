# SDK: wmill 1.850.0 returns a task's value through JSON (`_resolved` of the checkpoint): a `NamedTuple` comes back as a two-item list, which unpacks positionally exactly as the tuple did
"""Pick the closest ambulance for an incident. The `Eta` named tuple from the ported
Temporal activity is unpacked by position, which a list supports just the same."""

from typing import NamedTuple

import httpx

from wmill import task, workflow

ROUTING = "https://routing.ems.example/v2"


class Eta(NamedTuple):
    unit_id: str
    minutes: float


@task(timeout=60)
async def estimate_eta(unit_id: str, lat: float, lon: float) -> Eta:
    async with httpx.AsyncClient(base_url=ROUTING, timeout=10) as client:
        r = await client.get(f"/units/{unit_id}/eta", params={"lat": lat, "lon": lon})
        r.raise_for_status()
        return Eta(unit_id, float(r.json()["minutes"]))


@task(timeout=60)
async def dispatch_unit(unit_id: str, incident_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://cad.ems.example") as client:
        r = await client.post("/dispatches", json={"unit": unit_id, "incident": incident_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(incident_id: str, lat: float, lon: float, candidate_units: list[str]):
    best_unit, best_minutes = None, float("inf")
    for unit_id in candidate_units:
        unit, minutes = await estimate_eta(unit_id, lat, lon)
        if minutes < best_minutes:
            best_unit, best_minutes = unit, minutes
    if best_unit is None:
        return {"incident": incident_id, "dispatched": None}
    receipt = await dispatch_unit(best_unit, incident_id)
    return {"incident": incident_id, "dispatched": best_unit, "eta_min": best_minutes, "receipt": receipt}
