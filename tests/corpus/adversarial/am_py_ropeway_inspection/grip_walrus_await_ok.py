# SDK: wmill 1.850.0 client.py: the clock is read once in `step("now", time.time)` and checkpointed; the walrus only binds values computed from it and from a task result, and awaits in the comprehension run in list order (keys `retorque`, `retorque_2`, ...)
"""Re-torque the grips of cabins whose last torque check is older than the interval."""

import time

import httpx

from wmill import step, task, workflow


@task(timeout=120)
async def grip_log(line: str) -> list[dict]:
    async with httpx.AsyncClient(base_url="https://maintenance.ropeway.example") as client:
        r = await client.get(f"/lines/{line}/grips")
        r.raise_for_status()
        return r.json()["grips"]


@task(timeout=1800, tag="workshop")
async def retorque(line: str, cabin: str) -> dict:
    async with httpx.AsyncClient(base_url="https://maintenance.ropeway.example") as client:
        r = await client.post(f"/lines/{line}/cabins/{cabin}/retorque")
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str, interval_days: int = 30):
    grips = await grip_log(line)
    now = await step("now", time.time)
    overdue = [g["cabin"] for g in grips if (age := now - g["checked_epoch"]) > interval_days * 86400]
    done = [r for cabin in overdue if (r := await retorque(line, cabin))["status"] == "ok"]
    return {"line": line, "retorqued": len(done), "failed": len(overdue) - len(done), "as_of": now}
