# SDK: wmill 1.850.0: the body runs again after every suspension; PyJWT 2.x jwt.decode compares the token's `exp` with datetime.now(tz=utc), so a token accepted in the first round raises ExpiredSignatureError on a replay after the approval
"""Applicant portal: the portal posts the applicant's signed decision token when they
accept an offer; verify it, hold the seat for the registrar's approval, then enroll."""

from __future__ import annotations

import httpx
import jwt
import wmill
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

SIS = "https://sis.example-university.edu/api"


@task()
async def portal_key() -> str:
    return wmill.get_variable("f/admissions/portal_jwt_key")


@task()
async def hold_seat(app_id: str, program: str) -> str:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.post(f"/applications/{app_id}/seat-holds", json={"program": program})
        r.raise_for_status()
        return r.json()["hold_id"]


@task()
async def tell_registrar(app_id: str, urls: dict) -> None:
    async with httpx.AsyncClient(timeout=20) as c:
        await c.post("https://mail.example-university.edu/send", json={"to": "registrar@example-university.edu", "subject": f"Enroll {app_id}?", "links": urls})


@task()
async def enroll(app_id: str, hold_id: str) -> str:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.post(f"/applications/{app_id}/enroll", json={"hold": hold_id})
        r.raise_for_status()
        return r.json()["student_id"]


@workflow
async def main(decision_token: str):
    key = await portal_key()
    claims = jwt.decode(decision_token, key, algorithms=["HS256"], audience="admissions")  # expect: WAC102
    app_id, program = claims["sub"], claims["program"]
    hold_id = await hold_seat(app_id, program)
    urls = await step("registrar_urls", lambda: get_approval_urls("registrar"))
    await tell_registrar(app_id, urls)
    decision = await wait_for_approval(key="registrar", timeout=3 * 86400)
    if not decision["approved"]:
        return {"app_id": app_id, "enrolled": False}
    return {"app_id": app_id, "enrolled": True, "student_id": await enroll(app_id, hold_id)}
