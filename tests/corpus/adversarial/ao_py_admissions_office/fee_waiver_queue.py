# SDK: wmill 1.850.0: time.time() in the body is read again in every round, so a deadline computed from it moves on each replay and a `while` loop tested on it can take another number of turns than the checkpoints recorded; step keys come from _alloc_key
"""Application fee waivers: applicants request a waiver; the financial aid office has
a service that verifies eligibility asynchronously. Poll it for up to two hours, then
grant or refer to a counsellor."""

from __future__ import annotations

import logging
import time

import httpx
import wmill
from wmill import sleep, step, task, workflow

log = logging.getLogger("admissions.fee_waivers")

FINAID = "https://finaid.example-university.edu/api"
POLL_SECONDS = 10 * 60
MAX_WAIT_SECONDS = 2 * 3600


@task()
async def start_verification(app_id: str, basis: str) -> str:
    async with httpx.AsyncClient(base_url=FINAID, timeout=30) as c:
        r = await c.post("/waiver-checks", json={"application": app_id, "basis": basis})
        r.raise_for_status()
        return r.json()["check_id"]


@task()
async def verification_state(check_id: str) -> dict:
    async with httpx.AsyncClient(base_url=FINAID, timeout=30) as c:
        r = await c.get(f"/waiver-checks/{check_id}")
        r.raise_for_status()
        return r.json()


@task()
async def grant_waiver(app_id: str, check_id: str) -> None:
    token = wmill.get_variable("f/admissions/sis_token")
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(
            f"https://sis.example-university.edu/api/applications/{app_id}/fee",
            json={"waived": True, "evidence": check_id},
            headers={"authorization": f"Bearer {token}"},
        )
        r.raise_for_status()


@task()
async def refer_to_counsellor(app_id: str, reason: str) -> None:
    async with httpx.AsyncClient(timeout=30) as c:
        await c.post("https://sis.example-university.edu/api/queues/counsellors", json={"application": app_id, "reason": reason})


@workflow
async def main(app_id: str, basis: str):
    check_id = await start_verification(app_id, basis)
    requested_at = await step("requested_at", lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    deadline = time.time() + MAX_WAIT_SECONDS  # expect: WAC102

    state = {"status": "pending"}
    while state["status"] == "pending" and time.time() < deadline:  # expect: WAC102
        await sleep(POLL_SECONDS)
        state = await verification_state(check_id)

    if state["status"] == "eligible":
        await grant_waiver(app_id, check_id)
        return {"app_id": app_id, "waived": True, "requested_at": requested_at}
    reason = state.get("reason") or ("timed out" if state["status"] == "pending" else state["status"])
    await refer_to_counsellor(app_id, reason)
    log.info("waiver for %s referred: %s", app_id, reason)
    return {"app_id": app_id, "waived": False, "reason": reason, "requested_at": requested_at}
