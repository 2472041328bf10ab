# SDK: wmill 1.850.0: on replay a completed step returns its checkpointed value without calling fn, so an append to a body list inside the step's function happens only in the round that ran it; uuid.uuid4() in the body is a new id in every round
"""First-year housing: match confirmed students to halls by their ranked preferences,
hold the rooms, and email each student their assignment."""

from __future__ import annotations

import logging
import uuid

import httpx
import wmill
from wmill import parallel, step, task, workflow

log = logging.getLogger("admissions.housing")

HOUSING = "https://housing.example-university.edu/api"


def score(student: dict, hall: str) -> int:
    prefs = student.get("preferences", [])
    return len(prefs) - prefs.index(hall) if hall in prefs else 0


@task()
async def confirmed_students(term: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=HOUSING, timeout=30) as c:
        r = await c.get(f"/terms/{term}/confirmed")
        r.raise_for_status()
        return sorted(r.json(), key=lambda s: (s["deposit_paid_at"], s["student_id"]))


@task()
async def hall_capacity(term: str) -> dict[str, int]:
    async with httpx.AsyncClient(base_url=HOUSING, timeout=30) as c:
        r = await c.get(f"/terms/{term}/halls")
        r.raise_for_status()
        return {h["code"]: int(h["beds_free"]) for h in r.json()}


@task()
async def hold_room(batch_id: str, student_id: str, hall: str) -> dict:
    async with httpx.AsyncClient(base_url=HOUSING, timeout=30) as c:
        r = await c.post("/holds", json={"batch": batch_id, "student": student_id, "hall": hall})
        r.raise_for_status()
        return r.json()


@task()
async def email_assignment(hold: dict) -> None:
    key = wmill.get_variable("f/admissions/sendgrid_key")
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            "https://api.sendgrid.com/v3/mail/send",
            headers={"authorization": f"Bearer {key}"},
            json={"personalizations": [{"to": [{"email": hold["email"]}]}], "subject": f"Your hall: {hold['hall']}"},
        )


@workflow
async def main(term: str):
    students = await confirmed_students(term)
    beds = await hall_capacity(term)
    batch_id = uuid.uuid4().hex  # expect: WAC102
    unplaced: list[str] = []

    def match() -> list[dict]:
        free = dict(beds)
        plan = []
        for s in students:
            ranked = sorted(free, key=lambda h: (-score(s, h), h))
            hall = next((h for h in ranked if free[h] > 0 and score(s, h) > 0), None)
            if hall is None:
                unplaced.append(s["student_id"])  # expect: WAC104
                continue
            free[hall] -= 1
            plan.append({"student_id": s["student_id"], "hall": hall})
        return plan

    plan = await step("match", match)
    holds = await parallel(plan, lambda p: hold_room(batch_id, p["student_id"], p["hall"]), concurrency=10)
    await parallel(holds, email_assignment, concurrency=10)
    log.info("placed %d, unplaced %d", len(holds), len(unplaced))
    return {"batch": batch_id, "placed": len(holds), "unplaced": unplaced}
