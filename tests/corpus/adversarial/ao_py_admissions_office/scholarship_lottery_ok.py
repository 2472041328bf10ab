# SDK: wmill 1.850.0: the body re-runs each round in a new process: random.Random(str) seeds through sha512 (not hash()), so the same seed text draws the same order; sorted(set(...)) is ordered; a step callback that only builds and returns its own list changes no workflow state
"""Scholarship lottery: among equally ranked finalists, the fund breaks ties by a
published lottery seeded with the fund code and cycle, so anyone can re-run it. The
awards are then recorded and each winner is emailed."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
from datetime import datetime, timezone

import httpx
import wmill
from wmill import step, task, workflow

log = logging.getLogger("admissions.scholarships")

FUND_API = "https://finaid.example-university.edu/api/funds"


def seed_text(fund_code: str, cycle: str) -> str:
    return f"{fund_code.upper()}::{cycle}"


def tie_break(finalists: list[dict], fund_code: str, cycle: str) -> list[dict]:
    rng = random.Random(seed_text(fund_code, cycle))
    by_rank: dict[int, list[dict]] = {}
    for f in sorted(finalists, key=lambda f: (f["rank"], f["student_id"])):
        by_rank.setdefault(f["rank"], []).append(f)
    ordered: list[dict] = []
    for rank in sorted(by_rank):
        group = by_rank[rank]
        rng.shuffle(group)
        ordered.extend(group)
    return ordered


def audit_hash(order: list[dict]) -> str:
    return hashlib.sha256("|".join(f["student_id"] for f in order).encode()).hexdigest()


@task()
async def finalists(fund_code: str, cycle: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"{FUND_API}/{fund_code}/cycles/{cycle}/finalists")
        r.raise_for_status()
        return r.json()


@task()
async def record_awards(fund_code: str, cycle: str, awards: list[dict], lottery_hash: str, drawn_at: str) -> int:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(
            f"{FUND_API}/{fund_code}/cycles/{cycle}/awards",
            json={"awards": awards, "lottery_hash": lottery_hash, "drawn_at": drawn_at},
        )
        r.raise_for_status()
        return r.json()["recorded"]


@task()
async def email_winner(email: str, fund_name: str, amount: int) -> None:
    sendgrid = wmill.get_variable("f/admissions/sendgrid_key")
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            "https://api.sendgrid.com/v3/mail/send",
            headers={"authorization": f"Bearer {sendgrid}"},
            json={
                "personalizations": [{"to": [{"email": email}]}],
                "from": {"email": "finaid@example-university.edu"},
                "subject": f"You received the {fund_name}",
                "content": [{"type": "text/plain", "value": f"Award: ${amount:,}"}],
            },
        )


@workflow
async def main(fund_code: str, fund_name: str, cycle: str, awards_available: int, amount: int):
    people = await finalists(fund_code, cycle)
    programs = sorted({p["program"] for p in people})
    log.info("finalists from %d programs: %s", len(programs), ", ".join(programs))

    order = tie_break(people, fund_code, cycle)
    winners = order[:awards_available]
    lottery_hash = audit_hash(order)

    def build_awards() -> list[dict]:
        rows = []
        for place, w in enumerate(winners, start=1):
            rows.append({"student_id": w["student_id"], "place": place, "amount": amount})
        return rows

    awards = await step("awards", build_awards)
    drawn_at = await step("drawn_at", lambda: datetime.now(timezone.utc).isoformat())
    recorded = await record_awards(fund_code, cycle, awards, lottery_hash, drawn_at)

    await asyncio.gather(*(email_winner(w["email"], fund_name, amount) for w in winners))
    return {"recorded": recorded, "lottery_hash": lottery_hash, "programs": programs}
