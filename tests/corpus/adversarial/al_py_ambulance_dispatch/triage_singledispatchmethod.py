# SDK: wmill 1.850.0 re-runs the workflow body in every round (`_run_workflow_async`); `functools.singledispatchmethod` picks the implementation registered for the argument's class, so `router.route(CardiacCall(...))` runs the one that pages the cath lab over HTTP, from the body
"""Route a 911 call to the right specialist team. Ported from a Restate handler that
dispatched on the call type with `singledispatchmethod`."""

from dataclasses import dataclass
from functools import singledispatchmethod

import httpx

from wmill import task, workflow

CATH_LAB = "https://cathlab.hospital.example/api/activate"


@dataclass
class Call:
    incident_id: str
    address: str


@dataclass
class CardiacCall(Call):
    stemi: bool


@dataclass
class TraumaCall(Call):
    mechanism: str


class Router:
    def __init__(self, region: str):
        self.region = region

    @singledispatchmethod
    def route(self, call: Call) -> str:
        return "general"

    @route.register
    def _(self, call: CardiacCall) -> str:
        if call.stemi:
            httpx.post(CATH_LAB, json={"incident": call.incident_id, "region": self.region}, timeout=5)
        return "cardiac"

    @route.register
    def _(self, call: TraumaCall) -> str:
        return "trauma"


@task(timeout=60)
async def dispatch_team(team: str, incident_id: str, address: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://cad.ems.example/teams/dispatch", json={"team": team, "incident": incident_id, "address": address})
        r.raise_for_status()
        return r.json()


@workflow
async def main(incident_id: str, address: str, kind: str, stemi: bool = False, mechanism: str = "", region: str = "north"):
    router = Router(region)
    if kind == "cardiac":
        call: Call = CardiacCall(incident_id, address, stemi)
    elif kind == "trauma":
        call = TraumaCall(incident_id, address, mechanism)
    else:
        call = Call(incident_id, address)
    team = router.route(call)  # expect: WAC101
    return await dispatch_team(team, incident_id, address)
