# SDK: wmill 1.850.0: wait_for_approval(key=...) once per run (match arms are exclusive); step(name, fn) calls fn() with no argument, so a module function passed by reference runs inside the step; an annotated assignment of a step is not drawn by Windmill's parser (windmill-oracle dag), so a constant name there labels nothing
"""Graduate application review: score the file, send it to the right committee, wait
for the committee's decision, and write the decision letter."""

from __future__ import annotations

import contextlib
import logging
import time
from datetime import datetime, timezone
from typing import Any

import httpx
import wmill
from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("admissions.review")

SIS_URL = "https://sis.example-university.edu/api"
SCORE_STEP = "rubric_score"
WEIGHTS = {"gpa": 0.35, "tests": 0.2, "essays": 0.25, "letters": 0.2}


@contextlib.contextmanager
def timed(label: str):
    t0 = time.monotonic()
    try:
        yield
    finally:
        log.info("%s took %.2fs", label, time.monotonic() - t0)


def review_opened_at() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def rubric(parts: dict[str, float]) -> float:
    return round(sum(WEIGHTS[k] * float(parts.get(k, 0)) for k in WEIGHTS), 3)


@task(timeout=300)
async def load_application(app_id: str) -> dict:
    token = wmill.get_variable("f/admissions/sis_token")
    async with httpx.AsyncClient(base_url=SIS_URL, headers={"authorization": f"Bearer {token}"}, timeout=30) as c:
        r = await c.get(f"/applications/{app_id}")
        r.raise_for_status()
        return r.json()


@task()
async def reader_scores(app_id: str) -> dict[str, float]:
    async with httpx.AsyncClient(base_url=SIS_URL, timeout=30) as c:
        r = await c.get(f"/applications/{app_id}/reads")
        r.raise_for_status()
        reads = r.json()
    if not reads:
        raise ValueError("no reads yet")
    return {k: sum(float(x[k]) for x in reads) / len(reads) for k in WEIGHTS}


@task()
async def notify_committee(address: str, app_id: str, score: float, urls: dict) -> None:
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post(
            "https://mail.example-university.edu/send",
            json={"to": address, "subject": f"Application {app_id} ({score})", "links": urls},
        )


@task()
async def write_letter(app_id: str, outcome: str, note: str | None) -> str:
    async with httpx.AsyncClient(base_url=SIS_URL, timeout=30) as c:
        r = await c.post(f"/applications/{app_id}/letters", json={"outcome": outcome, "note": note})
        r.raise_for_status()
        return r.json()["letter_id"]


@workflow
async def main(app_id: str, program: str, level: str = "masters"):
    opened = await step("opened_at", review_opened_at)
    with timed("load"):
        app = await load_application(app_id)

    try:
        parts = await reader_scores(app_id)
    except TaskError as err:
        log.info("no reads for %s (%s); parking", app_id, err.step_key)
        return {"app_id": app_id, "status": "awaiting_reads", "opened": opened}

    score: float = await step(SCORE_STEP, lambda: rubric(parts))

    decision: dict[str, Any]
    match level:
        case "phd":
            urls = await step("phd_urls", lambda: get_approval_urls("phd_committee"))
            await notify_committee(f"phd-{program}@example-university.edu", app_id, score, urls)
            decision = await wait_for_approval(key="phd_committee", timeout=14 * 24 * 3600)
        case "masters" | "certificate":
            urls = await step("ms_urls", lambda: get_approval_urls("program_director"))
            await notify_committee(f"director-{program}@example-university.edu", app_id, score, urls)
            decision = await wait_for_approval(key="program_director", timeout=7 * 24 * 3600)
        case _:
            return {"app_id": app_id, "status": "unknown_level", "level": level}

    outcome = "admit" if decision["approved"] else "deny"
    note = (decision.get("value") or {}).get("note")
    letter = await write_letter(app_id, outcome, note)
    return {"app_id": app_id, "applicant": app["name"], "score": score, "outcome": outcome, "letter": letter}
