# SDK: wmill 1.850.0: task results come back from JSON (dicts/lists); match statements over them are pure
from dataclasses import dataclass
from typing import Literal

from wmill import parallel, task, workflow

type Job = dict[str, str | int]
Kind = Literal["filter", "glass", "substrate"]


@dataclass
class Plan:
    tank: str
    kind: Kind
    minutes: int


@task(tag="maintenance")
async def book_diver(tank: str, kind: str, minutes: int) -> Job:
    import requests

    resp = requests.post(
        "https://dive-roster.example-aquarium.org/bookings",
        json={"tank": tank, "kind": kind, "minutes": minutes},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def plan_for(job: Job) -> Plan | None:
    match job:
        case {"tank": str(tank), "kind": "filter", "flow": int(flow)} if flow < 800:
            return Plan(tank, "filter", 45)
        case {"tank": str(tank), "kind": "glass"}:
            return Plan(tank, "glass", 20)
        case {"tank": str(tank), "kind": "substrate", "depth_cm": int(depth)}:
            return Plan(tank, "substrate", 30 + depth * 2)
        case _:
            return None


async def book(plan: Plan) -> Job:
    return await book_diver(plan.tank, plan.kind, plan.minutes)


@workflow
async def main(inspections: list[dict]):
    plans = [p for job in inspections if (p := plan_for(job)) is not None]
    bookings = await parallel(plans, book, concurrency=4)
    total = sum(p.minutes for p in plans)
    return {"bookings": bookings, "diver_minutes": total, "skipped": len(inspections) - len(plans)}
