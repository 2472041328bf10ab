# SDK: wmill 1.850.0: except (TaskError, ValueError) around a task and a parse; a module-level frozen dataclass built from literals; itertools.cycle over a list
import itertools
from dataclasses import dataclass

from wmill import TaskError, task, workflow


@dataclass(frozen=True)
class Policy:
    hours_between_service: int
    technicians: tuple[str, ...]


POLICY = Policy(hours_between_service=250, technicians=("ana", "bo", "chidi"))


@task()
async def run_hours(compactor: str) -> str:
    import requests

    r = requests.get(f"https://iot.example-depot.org/compactors/{compactor}/hours", timeout=10)
    r.raise_for_status()
    return r.text


@task()
async def book_service(compactor: str, technician: str) -> str:
    import requests

    r = requests.post("https://maint.example-depot.org/api/jobs", json={"asset": compactor, "tech": technician}, timeout=10)
    r.raise_for_status()
    return r.json()["job"]


@workflow
async def main(compactors: list[str]):
    techs = itertools.cycle(POLICY.technicians)
    booked, unknown = {}, []
    for c in compactors:
        try:
            hours = int((await run_hours(c)).strip())
        except (TaskError, ValueError):
            unknown.append(c)
            continue
        if hours % POLICY.hours_between_service > POLICY.hours_between_service - 24:
            booked[c] = await book_service(c, next(techs))
    return {"booked": booked, "unknown": unknown}
