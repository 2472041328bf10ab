# SDK: wmill 1.850.0 a @task call only queues its step in ctx._pending and returns a coroutine; the letters picked from LETTERS are never awaited, so they go out with file_report's dispatch and a failed letter is never seen by the body
import logging
from typing import Literal

import httpx
from wmill import task, workflow

log = logging.getLogger("grants.letters")

MAILER = "https://mailer.research-council.example/api"


@task()
async def send_award(application_id: str, pi_email: str, amount: float) -> str:
    r = httpx.post(f"{MAILER}/letters/award", json={"app": application_id, "to": pi_email, "amount": amount})
    r.raise_for_status()
    return r.json()["message_id"]


@task()
async def send_decline(application_id: str, pi_email: str, amount: float) -> str:
    r = httpx.post(f"{MAILER}/letters/decline", json={"app": application_id, "to": pi_email})
    r.raise_for_status()
    return r.json()["message_id"]


@task()
async def send_waitlist(application_id: str, pi_email: str, amount: float) -> str:
    r = httpx.post(f"{MAILER}/letters/waitlist", json={"app": application_id, "to": pi_email})
    r.raise_for_status()
    return r.json()["message_id"]


@task()
async def file_report(call_id: str, counts: dict) -> str:
    r = httpx.post(f"{MAILER}/calls/{call_id}/letters-report", json=counts)
    r.raise_for_status()
    return r.json()["report_id"]


LETTERS = {"funded": send_award, "declined": send_decline, "waitlisted": send_waitlist}
Decision = Literal["funded", "declined", "waitlisted"]


@workflow
async def main(call_id: str, decisions: list[dict]):
    counts: dict[str, int] = {}
    for d in decisions:
        kind: Decision = d["decision"]
        LETTERS[kind](application_id=d["application_id"], pi_email=d["pi_email"], amount=d.get("amount", 0.0))  # expect: WAC106
        counts[kind] = counts.get(kind, 0) + 1
    report = await file_report(call_id=call_id, counts=counts)
    log.info("call %s letters: %s", call_id, counts)
    return {"report": report, "counts": counts}
