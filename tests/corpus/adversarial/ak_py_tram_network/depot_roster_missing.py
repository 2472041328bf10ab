# SDK: wmill 1.850.0 replays the workflow body from the top after each suspension (`_run_workflow_async` runs `main` again in a new job); `roster[line]` on a `dict` subclass calls its `__missing__` for an absent key, so the HTTP lookup there runs in the body on every round
"""Assign relief drivers to tram lines, ported from a Temporal workflow whose activities
read a lazily filled roster cache."""

from __future__ import annotations

import httpx

from wmill import task, workflow

ROSTER_API = "https://roster.tram.example/api"


class LazyRoster(dict):
    """Caches the on-duty driver of each line; asks the rostering service on a miss."""

    def __init__(self, depot: str):
        super().__init__()
        self.depot = depot

    def __missing__(self, line: str) -> str:
        r = httpx.get(f"{ROSTER_API}/depots/{self.depot}/lines/{line}/on-duty", timeout=10)
        r.raise_for_status()
        driver = r.json()["driver_id"]
        self[line] = driver
        return driver


@task(timeout=300)
async def assign_relief(line: str, driver_id: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url=ROSTER_API) as client:
        r = await client.post("/relief", json={"line": line, "driver": driver_id, "reason": reason})
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def notify_control(line: str, message: str) -> None:
    async with httpx.AsyncClient() as client:
        await client.post("https://control.tram.example/notes", json={"line": line, "text": message})


@workflow
async def main(depot: str, lines: list[str], reason: str = "sick_leave"):
    roster = LazyRoster(depot)
    assigned = []
    for line in lines:
        current = roster[line]  # expect: WAC101
        relief = await assign_relief(line, current, reason)
        await notify_control(line, f"relief {relief['driver_id']} replaces {current}")
        assigned.append(relief)
    return {"depot": depot, "assigned": assigned}
