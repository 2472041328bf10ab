# SDK: wmill 1.850.0 `_run_inline_step` calls the step's function once and checkpoints only its return value; later rounds return the stored value without calling it, so `board.assign` appending to `board.units` happens in one round only and `board.units` is empty after the next suspension
"""Status board for a mass-casualty incident. Ported from a DBOS workflow where
`@DBOS.step()` methods updated the board object in memory."""

from dataclasses import dataclass, field
from functools import partial

import httpx

from wmill import step, task, workflow


@dataclass
class IncidentBoard:
    incident_id: str
    units: list[str] = field(default_factory=list)

    def assign(self, unit_id: str) -> str:
        self.units.append(unit_id)  # expect: WAC104
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
            await step("assign", partial(board.assign, unit_id))
    await broadcast_board(incident_id, board.units)
    return {"incident": incident_id, "units": board.units}
