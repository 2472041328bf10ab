# SDK: wmill 1.850.0 `_next_step` hands back the checkpointed JSON of a task (`_resolved(val)`), and the child job returns it through `json.dumps`: a `NamedTuple` is written as a JSON array, so the body gets a list, and `attrgetter("minutes")` on it raises AttributeError
"""Pick the closest ambulance for an incident. Ported from a Temporal workflow whose
activity returned an `Eta` named tuple and whose workflow code read its fields with
`operator.attrgetter` when sorting candidate units."""

from operator import attrgetter
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
        return Eta(unit_id, float(r.json()["minutes"]))  # expect: WAC107


@task(timeout=60)
async def dispatch_unit(unit_id: str, incident_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://cad.ems.example") as client:
        r = await client.post("/dispatches", json={"unit": unit_id, "incident": incident_id})
        r.raise_for_status()
        return r.json()


minutes_of = attrgetter("minutes")


@workflow
async def main(incident_id: str, lat: float, lon: float, candidate_units: list[str]):
    best = None
    for unit_id in candidate_units:
        eta = await estimate_eta(unit_id, lat, lon)
        if best is None or minutes_of(eta) < minutes_of(best):
            best = eta
    if best is None:
        return {"incident": incident_id, "dispatched": None}
    receipt = await dispatch_unit(best[0], incident_id)
    return {"incident": incident_id, "dispatched": best[0], "receipt": receipt}
