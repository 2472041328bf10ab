# SDK: wmill 1.850.0 a 150-line planner: dataclasses, an interval-scheduling class with pure methods, sorted() over a set of berth names before dispatch, datetimes parsed from ISO strings the task returned, timedelta arithmetic in the body on those values, isoformat() before they cross into tasks
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
from wmill import task, workflow

PORT_API = "https://pcs.port.example/api/v4"
CRANE_MOVES_PER_HOUR = 28


@dataclass
class Call:
    vessel: str
    loa_m: float
    draft_m: float
    moves: int
    eta: datetime

    @property
    def hours(self) -> float:
        return self.moves / CRANE_MOVES_PER_HOUR

    @classmethod
    def from_row(cls, row: dict) -> "Call":
        return cls(row["vessel"], float(row["loa"]), float(row["draft"]), int(row["moves"]), datetime.fromisoformat(row["eta"]))


@dataclass
class Berth:
    name: str
    length_m: float
    depth_m: float
    busy: list[tuple[datetime, datetime]] = field(default_factory=list)

    def fits(self, c: Call) -> bool:
        return c.loa_m + 20 <= self.length_m and c.draft_m + 1.0 <= self.depth_m

    def free_from(self, t: datetime, dur: timedelta) -> datetime:
        start = t
        for a, b in sorted(self.busy):
            if start + dur <= a:
                break
            start = max(start, b)
        return start

    def book(self, start: datetime, dur: timedelta) -> None:
        self.busy.append((start, start + dur))


class Planner:
    def __init__(self, berths: list[Berth]):
        self.berths = berths

    def assign(self, calls: list[Call]) -> list[dict]:
        plan = []
        for c in sorted(calls, key=lambda c: (c.eta, c.vessel)):
            dur = timedelta(hours=c.hours)
            options = [(b.free_from(c.eta, dur), b) for b in self.berths if b.fits(c)]
            if not options:
                plan.append({"vessel": c.vessel, "berth": None})
                continue
            start, berth = min(options, key=lambda o: (o[0], o[1].name))
            berth.book(start, dur)
            plan.append({"vessel": c.vessel, "berth": berth.name, "start": start.isoformat(), "end": (start + dur).isoformat(), "wait_h": round((start - c.eta) / timedelta(hours=1), 2)})
        return plan


@task(timeout=120)
async def vessel_calls(window_start: str, window_end: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=PORT_API) as c:
        r = await c.get("/calls", params={"from": window_start, "to": window_end})
        r.raise_for_status()
        return r.json()


@task()
async def berth_specs(terminal: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=PORT_API) as c:
        r = await c.get(f"/terminals/{terminal}/berths")
        return r.json()


@task()
async def publish_plan(terminal: str, rows: list[dict]) -> str:
    async with httpx.AsyncClient(base_url=PORT_API) as c:
        r = await c.put(f"/terminals/{terminal}/berth-plan", json=rows)
        r.raise_for_status()
        return r.json()["revision"]


@task()
async def notify_agents(vessels: list[str], delayed: list[dict]) -> int:
    async with httpx.AsyncClient() as c:
        for row in delayed:
            await c.post("https://edi.port.example/berth-notice", json=row)
    return len(delayed)


@workflow
async def main(terminal: str, window_start: str, window_days: int = 3, max_wait_h: float = 6.0):
    end = (datetime.fromisoformat(window_start) + timedelta(days=window_days)).isoformat()
    calls = [Call.from_row(r) for r in await vessel_calls(window_start, end)]
    specs = await berth_specs(terminal)
    names = {s["name"] for s in specs}
    berths = [next(Berth(s["name"], s["length"], s["depth"]) for s in specs if s["name"] == n) for n in sorted(names)]

    plan = Planner(berths).assign(calls)
    unplaced = [p["vessel"] for p in plan if p["berth"] is None]
    delayed = [p for p in plan if p.get("wait_h", 0) > max_wait_h]

    per_berth: dict[str, list[str]] = defaultdict(list)
    for p in plan:
        if p["berth"]:
            per_berth[p["berth"]].append(p["vessel"])

    revision = await publish_plan(terminal, plan)
    notified = await notify_agents(sorted({p["vessel"] for p in delayed}), delayed) if delayed else 0
    pairs = list(itertools.pairwise(sorted(per_berth)))
    return {
        "revision": revision,
        "placed": len(plan) - len(unplaced),
        "unplaced": unplaced,
        "notified": notified,
        "berths": {b: v for b, v in sorted(per_berth.items())},
        "neighbours": pairs,
    }
