# SDK: wmill 1.850.0 pydantic models validate task results in the body (model_validate of the JSON dict); a class with pure methods scores frames; parallel() over sorted hive ids; step keys are the literal "inspect_window"
from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Literal

import httpx
from pydantic import BaseModel, Field
from wmill import parallel, step, task, workflow

HIVE_API = "https://apiary.coop.example/api/v2"
BROOD_WEIGHTS = {"eggs": 3, "larvae": 2, "capped": 1}


class FrameReport(BaseModel):
    frame: int
    brood: dict[str, int] = Field(default_factory=dict)
    honey_pct: float = 0.0
    queen_seen: bool = False


class Inspection(BaseModel):
    hive_id: str
    inspected_at: str
    temper: Literal["calm", "nervous", "defensive"]
    frames: list[FrameReport]


class BroodScorer:
    """Pure scoring; no I/O, so it is safe to call from the workflow body."""

    def __init__(self, weights: dict[str, int]):
        self.weights = dict(weights)

    def frame_score(self, f: FrameReport) -> int:
        return sum(self.weights.get(stage, 0) * n for stage, n in f.brood.items())

    def hive_score(self, ins: Inspection) -> int:
        return sum(self.frame_score(f) for f in ins.frames)

    def needs_requeen(self, ins: Inspection) -> bool:
        return not any(f.queen_seen or f.brood.get("eggs", 0) for f in ins.frames)


@functools.cache
def temper_penalty(temper: str) -> int:
    return {"calm": 0, "nervous": 5, "defensive": 20}[temper]


@task(timeout=300)
async def fetch_inspection(hive_id: str) -> dict:
    async with httpx.AsyncClient(base_url=HIVE_API, timeout=20) as c:
        r = await c.get(f"/hives/{hive_id}/inspections/latest")
        r.raise_for_status()
        return r.json()


@task()
async def order_queen(hive_id: str, yard: str) -> dict:
    async with httpx.AsyncClient(base_url=HIVE_API) as c:
        r = await c.post("/queen-orders", json={"hive": hive_id, "yard": yard})
        r.raise_for_status()
        return r.json()


@task()
async def post_digest(yard: str, lines: list[str]) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://chat.coop.example/hooks/yard", json={"yard": yard, "text": "\n".join(lines)})


@workflow
async def main(yard: str, hive_ids: list[str], stale_days: int = 10):
    window_end = await step("inspect_window", lambda: datetime.utcnow().isoformat())
    cutoff = datetime.fromisoformat(window_end) - timedelta(days=stale_days)

    raw = await parallel(sorted(set(hive_ids)), fetch_inspection, concurrency=4)
    inspections = [Inspection.model_validate(r) for r in raw]
    scorer = BroodScorer(BROOD_WEIGHTS)

    lines: list[str] = []
    orders: list[dict] = []
    for ins in inspections:
        score = scorer.hive_score(ins) - temper_penalty(ins.temper)
        stale = datetime.fromisoformat(ins.inspected_at) < cutoff
        lines.append(f"{ins.hive_id}: score={score}{' (stale)' if stale else ''}")
        if scorer.needs_requeen(ins):
            orders.append(await order_queen(ins.hive_id, yard))

    await post_digest(yard, lines)
    return {"yard": yard, "scored": len(inspections), "queen_orders": orders}
