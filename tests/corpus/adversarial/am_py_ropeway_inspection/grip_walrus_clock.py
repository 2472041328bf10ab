# SDK: wmill 1.850.0 client.py: the body is replayed from the top; the walrus in the comprehension binds `now` to `time.time()` of the current round, so which cabins count as overdue (and so which `retorque` tasks are dispatched, and under which keys) changes from round to round
"""Re-torque the grips of cabins whose last torque check is older than the interval."""

import time

import httpx

from wmill import task, workflow


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
    overdue = [
        g["cabin"]
        for g in grips
        if (age := (now := time.time()) - g["checked_epoch"]) > interval_days * 86400  # expect: WAC102
    ]
    done = [await retorque(line, cabin) for cabin in overdue]
    return {"line": line, "retorqued": len(done), "as_of": now if grips else None}
