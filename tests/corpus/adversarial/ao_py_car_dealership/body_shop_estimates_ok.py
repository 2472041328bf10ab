# SDK: wmill 1.850.0: a dataclass built in the body whose __post_init__ only normalises its own fields and a @property computed from them do no I/O; an AsyncExitStack callback that only logs runs as the block unwinds (the suspension passes through: it returns None); sorted(list, key=itemgetter(...)) of a list is ordered by value; statistics / math of task results are pure
"""Body shop estimates: collect the insurer's estimate and two shop estimates for a
claim, take the median labour hours, and send the supplement request when the
insurer's is too low."""

from __future__ import annotations

import contextlib
import logging
import statistics
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import itemgetter

import httpx
import wmill
from wmill import step, task, workflow

log = logging.getLogger("dealership.body_shop")

SUPPLEMENT_THRESHOLD = 0.12


@dataclass
class Estimate:
    source: str
    labour_hours: float
    parts_cents: int
    lines: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.source = self.source.strip().lower()
        self.labour_hours = round(float(self.labour_hours), 1)

    @property
    def total_cents(self) -> int:
        return self.parts_cents + int(self.labour_hours * 62_00)


@task()
async def insurer_estimate(claim_no: str) -> dict:
    key = wmill.get_variable("f/dealership/ccc_key")
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://api.example-ccc.com/claims/{claim_no}/estimate", headers={"x-key": key})
        r.raise_for_status()
        return r.json()


@task()
async def shop_estimate(claim_no: str, writer: str) -> dict:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://bodyshop.example-motors.com/api/estimates/{claim_no}", params={"writer": writer})
        r.raise_for_status()
        return r.json()


@task()
async def request_supplement(claim_no: str, hours: float, lines: list[dict]) -> str:
    key = wmill.get_variable("f/dealership/ccc_key")
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(
            f"https://api.example-ccc.com/claims/{claim_no}/supplements",
            json={"labour_hours": hours, "lines": lines},
            headers={"x-key": key},
        )
        r.raise_for_status()
        return r.json()["supplement_id"]


async def note_done(claim_no: str) -> None:
    log.info("estimates collected for %s", claim_no)


@workflow
async def main(claim_no: str, writers: list[str]):
    estimates: list[Estimate] = []
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(note_done, claim_no)
        ins = await insurer_estimate(claim_no)
        insurer = Estimate(source="insurer", labour_hours=ins["labour_hours"], parts_cents=ins["parts_cents"], lines=ins["lines"])
        for writer in writers:
            e = await shop_estimate(claim_no, writer)
            estimates.append(Estimate(source=writer, labour_hours=e["labour_hours"], parts_cents=e["parts_cents"], lines=e["lines"]))

    if not estimates:
        return {"claim_no": claim_no, "status": "no_shop_estimates"}
    median_hours = statistics.median(e.labour_hours for e in estimates)
    gap = (median_hours - insurer.labour_hours) / max(insurer.labour_hours, 0.1)
    missing = sorted(
        (line for e in estimates for line in e.lines if line["op"] not in {x["op"] for x in insurer.lines}),
        key=itemgetter("op"),
    )
    if gap < SUPPLEMENT_THRESHOLD and not missing:
        return {"claim_no": claim_no, "status": "accepted", "insurer_total_cents": insurer.total_cents}

    supplement = await request_supplement(claim_no, median_hours, missing)
    opened = await step("supplement_opened_at", lambda: datetime.now(timezone.utc).isoformat())
    return {"claim_no": claim_no, "status": "supplement", "supplement": supplement, "gap": round(gap, 3), "opened": opened}
