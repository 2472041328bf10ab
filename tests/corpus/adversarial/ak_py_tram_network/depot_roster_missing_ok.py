# SDK: wmill 1.850.0 replays the workflow body on every round; `__missing__` of this `dict` subclass only derives a default from the key (no I/O), and the on-duty driver comes from a task whose result is checkpointed (`_next_step` returns the recorded value on replay)
"""Relief-driver assignment where the roster cache is filled from a task's result."""

from __future__ import annotations

import httpx

from wmill import task, workflow

ROSTER_API = "https://roster.tram.example/api"


class RosterView(dict):
    """Lines without a driver fall back to the depot's standby pool name."""

    def __init__(self, depot: str, known: dict[str, str]):
        super().__init__(known)
        self.depot = depot

    def __missing__(self, line: str) -> str:
        return f"standby-{self.depot}-{line.lower()}"


@task(timeout=300)
async def load_roster(depot: str) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=ROSTER_API) as client:
        r = await client.get(f"/depots/{depot}/on-duty")
        r.raise_for_status()
        return {row["line"]: row["driver_id"] for row in r.json()}


@task(timeout=300)
async def assign_relief(line: str, driver_id: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url=ROSTER_API) as client:
        r = await client.post("/relief", json={"line": line, "driver": driver_id, "reason": reason})
        r.raise_for_status()
        return r.json()


@workflow
async def main(depot: str, lines: list[str], reason: str = "sick_leave"):
    roster = RosterView(depot, await load_roster(depot))
    assigned = []
    for line in lines:
        current = roster[line]
        relief = await assign_relief(line, current, reason)
        assigned.append({"line": line, "was": current, "relief": relief["driver_id"]})
    return {"depot": depot, "assigned": assigned}
