# SDK: wmill 1.850.0 parallel() over bays with a functools.partial of a @task (the partial calls the task wrapper, whose key is the task's name); a narrow except TaskError that raises a domain error from it; contextlib.suppress(KeyError) around dict reads in the body
import contextlib
import functools
from typing import NamedTuple

import httpx
from wmill import TaskError, parallel, task, workflow


class StowageError(RuntimeError):
    pass


class Slot(NamedTuple):
    bay: int
    row: int
    tier: int


MAX_STACK_TONNES = {"20": 120.0, "40": 150.0}


@task(timeout=300)
async def bay_plan(bay: int, voyage: str, vessel: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://stow.port.example/{vessel}/{voyage}/bays/{bay}")
        r.raise_for_status()
        return r.json()


@task()
async def submit_baplie(vessel: str, voyage: str, rows: list[dict]) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://edi.port.example/baplie/{vessel}/{voyage}", json=rows)
        r.raise_for_status()
        return r.json()["message_id"]


def stack_weights(rows: list[dict]) -> dict[tuple[int, int], float]:
    out: dict[tuple[int, int], float] = {}
    for r in rows:
        s = Slot(r["bay"], r["row"], r["tier"])
        out[(s.bay, s.row)] = out.get((s.bay, s.row), 0.0) + float(r["tonnes"])
    return out


@workflow
async def main(vessel: str, voyage: str, bays: list[int], size: str = "40"):
    fetch_bay = functools.partial(bay_plan, voyage=voyage, vessel=vessel)
    try:
        per_bay = await parallel(sorted(bays), fetch_bay, concurrency=6)
    except TaskError as e:
        raise StowageError(f"bay plan unavailable for {vessel}/{voyage}: {e}") from e
    rows = [r for bay_rows in per_bay for r in bay_rows]
    limit = MAX_STACK_TONNES.get(size, 120.0)
    overweight: list[str] = []
    for (bay, row), tonnes in sorted(stack_weights(rows).items()):
        if tonnes > limit:
            overweight.append(f"{bay:02d}/{row:02d}: {tonnes:.1f} t")
    hazmat = 0
    for r in rows:
        with contextlib.suppress(KeyError):
            hazmat += 1 if r["imdg_class"] else 0
    if overweight:
        return {"submitted": False, "overweight": overweight, "hazmat": hazmat}
    message_id = await submit_baplie(vessel, voyage, rows)
    return {"submitted": True, "message_id": message_id, "containers": len(rows), "hazmat": hazmat}
