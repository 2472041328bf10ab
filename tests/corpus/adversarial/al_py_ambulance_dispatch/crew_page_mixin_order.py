# SDK: wmill 1.850.0 re-runs the workflow body from the top in every round (`_run_workflow_async` calls `main` again); `AmbulanceCrew(PagerMixin, CrewBase)` resolves `page` to `PagerMixin.page` first (C3 MRO), which posts to the paging gateway from the body
"""Crew change at shift handover. The crew classes came from the CAD integration
package: a base class that logs, and a pager mixin the integration team added."""

import httpx

from wmill import task, workflow

PAGER = "https://pager.ems.example/api/pages"


class CrewBase:
    def __init__(self, unit_id: str, members: list[str]):
        self.unit_id = unit_id
        self.members = members

    def page(self, text: str) -> None:
        print(f"[crew {self.unit_id}] {text}")


class PagerMixin:
    unit_id: str

    def page(self, text: str) -> None:
        httpx.post(PAGER, json={"unit": self.unit_id, "text": text}, timeout=5).raise_for_status()


class AmbulanceCrew(PagerMixin, CrewBase):
    pass


@task(timeout=120)
async def check_vehicle(unit_id: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://fleet.ems.example/units/{unit_id}/checklist")
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def sign_on(unit_id: str, members: list[str]) -> str:
    async with httpx.AsyncClient() as client:
        r = await client.post("https://cad.ems.example/sign-on", json={"unit": unit_id, "crew": members})
        r.raise_for_status()
        return r.json()["shift_id"]


@workflow
async def main(unit_id: str, members: list[str]):
    crew = AmbulanceCrew(unit_id, members)
    checklist = await check_vehicle(unit_id)
    if checklist.get("defects"):
        crew.page(f"{len(checklist['defects'])} defects reported, fix before sign-on")  # expect: WAC101
        return {"unit": unit_id, "signed_on": False}
    shift_id = await sign_on(unit_id, members)
    return {"unit": unit_id, "signed_on": True, "shift": shift_id}
