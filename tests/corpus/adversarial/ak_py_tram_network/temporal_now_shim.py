# SDK: wmill 1.850.0 has no `workflow.now()`: the body is replayed in a new process each round (`_run_workflow_async`), so a namespace shim whose `now` is `datetime.now` reads the worker's clock on every replay and the deadline sent to the task moves; only `step()` checkpoints such a value
"""Timetable change rollout, ported from Temporal: the team kept `workflow.now()` and
`workflow.uuid4()` calls by binding a small namespace in their place."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import httpx

from wmill import sleep, task, workflow

wf = SimpleNamespace(
    now=lambda: datetime.now(UTC),
    uuid4=uuid.uuid4,
)


@task(timeout=600)
async def push_timetable(line: str, version: str, effective_from: str, change_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://pis.tram.example") as client:
        r = await client.post(
            "/timetables",
            json={"line": line, "version": version, "from": effective_from, "change": change_id},
        )
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def confirm_displays(line: str, version: str) -> bool:
    async with httpx.AsyncClient(base_url="https://pis.tram.example") as client:
        r = await client.get(f"/lines/{line}/displays", params={"version": version})
        return all(d["version"] == version for d in r.json())


@workflow
async def main(line: str, version: str, lead_hours: int = 6):
    effective_from = (wf.now() + timedelta(hours=lead_hours)).isoformat()  # expect: WAC102
    change_id = await push_timetable(line, version, effective_from, str(wf.uuid4()))  # expect: WAC102
    await sleep(600)
    ok = await confirm_displays(line, version)
    return {"line": line, "version": version, "from": effective_from, "change": change_id, "displays_ok": ok}
