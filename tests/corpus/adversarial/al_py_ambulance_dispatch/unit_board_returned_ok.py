# SDK: wmill 1.850.0 `_run_inline_step` checkpoints the step function's return value and hands it back in every round; here the body appends what the step returns, so the board is rebuilt the same way in every replay
"""Status board for a mass-casualty incident: each assignment is confirmed by a step,
and the body keeps what the step returns."""

from dataclasses import dataclass, field
from functools import partial

import httpx

from wmill import step, task, workflow


@dataclass
class IncidentBoard:
    incident_id: str
    units: list[str] = field(default_factory=list)


def confirm(unit_id: str, incident_id: str) -> str:
    r = httpx.post("https://cad.ems.example/assignments", json={"unit": unit_id, "incident": incident_id}, timeout=10)
    r.raise_for_status()
    return unit_id


@task(timeout=60)
async def available_units(zone: str) -> list[str]:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://cad.ems.example/zones/{zone}/available")
        r.raise_for_status()
        return r.json()["units"]


@task(timeout=60)
async def broadcast_board(incident_id: str, units: list[str]) -> None:
    async with httpx.AsyncClient() as client:
        await client.post("https://cad.ems.example/boards", json={"incident": incident_id, "units": units})


@workflow
async def main(incident_id: str, zones: list[str], per_zone: int = 2):
    board = IncidentBoard(incident_id)
    for zone in zones:
        for unit_id in (await available_units(zone))[:per_zone]:
            board.units.append(await step("assign", partial(confirm, unit_id, incident_id)))
    await broadcast_board(incident_id, board.units)
    return {"incident": incident_id, "units": board.units}
