# SDK: wmill 1.850.0 `_StepSuspend` derives from `BaseException`, not `Exception`; `quiet_interrupts.__exit__` answers true for any exception that is not an `Exception`, so the `with` block suppresses the suspension of the task inside it and the body goes on as if the task had returned
"""Lamp-hour maintenance for the dome projectors. The team's `quiet_interrupts`
context manager was written for CLI tools, to exit cleanly on Ctrl-C."""

import httpx

from wmill import task, workflow


class quiet_interrupts:
    """Swallow KeyboardInterrupt / SystemExit, let real errors propagate."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and not issubclass(exc_type, Exception)


@task(timeout=600)
async def read_lamp_hours(hall: str) -> dict[str, int]:
    async with httpx.AsyncClient(base_url="https://av.planetarium.example") as client:
        r = await client.get(f"/halls/{hall}/projectors")
        r.raise_for_status()
        return {p["id"]: int(p["lamp_hours"]) for p in r.json()["projectors"]}


@task(timeout=600)
async def open_work_order(hall: str, projector_ids: list[str]) -> str:
    async with httpx.AsyncClient(base_url="https://maint.planetarium.example") as client:
        r = await client.post("/work-orders", json={"hall": hall, "projectors": projector_ids})
        r.raise_for_status()
        return r.json()["id"]


@workflow
async def main(hall: str, max_hours: int = 2000):
    hours: dict[str, int] = {}
    with quiet_interrupts():  # expect: WAC201
        hours = await read_lamp_hours(hall)
    worn = sorted(pid for pid, h in hours.items() if h >= max_hours)
    if not worn:
        return {"hall": hall, "work_order": None}
    return {"hall": hall, "work_order": await open_work_order(hall, worn)}
