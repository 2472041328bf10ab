# SDK: wmill 1.850.0 client.py: the body runs again from the top after every suspension; `workflow_now` is a module-level lambda over `datetime.now`, so `deadline` is a new instant in every round and the cooling check flips once the wall clock passes it
"""Pour a bell and wait for the mould to cool (ported from a Temporal workflow that used
`workflow.now()`; the team kept a `workflow_now` shim so the body reads the same)."""

from datetime import UTC, datetime, timedelta

import httpx

from wmill import sleep, task, workflow

workflow_now = lambda: datetime.now(tz=UTC)  # noqa: E731


@task(timeout=3600, tag="foundry-floor")
async def pour(bell_id: str, alloy_kg: float) -> dict:
    async with httpx.AsyncClient(base_url="https://floor.bellfoundry.example") as client:
        r = await client.post(f"/bells/{bell_id}/pour", json={"alloy_kg": alloy_kg})
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def core_temperature(bell_id: str) -> float:
    async with httpx.AsyncClient(base_url="https://sensors.bellfoundry.example") as client:
        r = await client.get(f"/moulds/{bell_id}/core")
        r.raise_for_status()
        return float(r.json()["celsius"])


@workflow
async def main(bell_id: str, alloy_kg: float, cooling_hours: int = 72):
    await pour(bell_id, alloy_kg)
    deadline = workflow_now() + timedelta(hours=cooling_hours)  # expect: WAC102
    while await core_temperature(bell_id) > 60.0:
        if workflow_now() >= deadline:  # expect: WAC102
            return {"bell": bell_id, "status": "cooling-overdue"}
        await sleep(6 * 3600)
    return {"bell": bell_id, "status": "ready-to-break-out"}
