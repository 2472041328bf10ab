# SDK: wmill 1.850.0 `step(name, fn)` runs `fn` once and returns the checkpointed value on every replay (`_run_inline_step`), so reading the namespace shim's clock and uuid inside steps gives the same values in every round
"""Timetable change rollout where the Temporal-style shim is only read inside steps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import httpx

from wmill import sleep, step, task, workflow

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


@workflow
async def main(line: str, version: str, lead_hours: int = 6):
    effective_from = await step("effective_from", lambda: (wf.now() + timedelta(hours=lead_hours)).isoformat())
    change_id = await step("change_id", lambda: str(wf.uuid4()))
    pushed = await push_timetable(line, version, effective_from, change_id)
    await sleep(600)
    return {"line": line, "version": version, "from": effective_from, "change": change_id, "pushed": pushed}
