# SDK: wmill 1.850.0 `_StepSuspend` derives from `BaseException`; `quiet_lamp_warnings.__exit__` answers true only for `LampWarning` (an `Exception` of the file), so the suspension and `TaskError` pass through the `with` block
"""Lamp-hour maintenance for the dome projectors. The context manager only hides the
file's own `LampWarning`, raised by the local threshold check."""

import httpx

from wmill import task, workflow


class LampWarning(Exception):
    pass


class quiet_lamp_warnings:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, LampWarning):
            print(f"lamp warning ignored: {exc}")
            return True
        return False


def check_threshold(hours: dict[str, int], warn_hours: int) -> None:
    near = [pid for pid, h in hours.items() if h >= warn_hours]
    if near:
        raise LampWarning(", ".join(sorted(near)))


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
    with quiet_lamp_warnings():
        hours = await read_lamp_hours(hall)
        check_threshold(hours, int(max_hours * 0.9))
    worn = sorted(pid for pid, h in hours.items() if h >= max_hours)
    if not worn:
        return {"hall": hall, "work_order": None}
    return {"hall": hall, "work_order": await open_work_order(hall, worn)}
