# SDK: wmill 1.850.0 client.py: `step` checkpoints `fn()`'s JSON and returns it on replay; the shim's instant is taken once per step as an ISO string and parsed back, so every round compares the same values (the loop's steps get keys `now`, `now_2`, ... in one order)
"""Pour a bell and wait for the mould to cool (ported from a Temporal workflow that used
`workflow.now()`; the team kept a `workflow_now` shim so the body reads the same)."""

from datetime import UTC, datetime, timedelta

import httpx

from wmill import sleep, step, task, workflow


def workflow_now() -> str:
    return datetime.now(tz=UTC).isoformat()


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
    started = datetime.fromisoformat(await step("now", workflow_now))
    deadline = started + timedelta(hours=cooling_hours)
    while await core_temperature(bell_id) > 60.0:
        if datetime.fromisoformat(await step("now", workflow_now)) >= deadline:
            return {"bell": bell_id, "status": "cooling-overdue"}
        await sleep(6 * 3600)
    return {"bell": bell_id, "status": "ready-to-break-out"}
