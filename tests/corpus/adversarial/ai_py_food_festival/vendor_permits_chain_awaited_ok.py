# SDK: wmill 1.850.0 a task call returns an awaitable; each stage of the ported Celery chain is awaited before the next gets its result, keys validate_application, check_insurance, book_inspection in order
"""Vendor permit pipeline for the festival: validate, check insurance, inspect, issue (a Celery chain rewritten as code)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from wmill import task, wait_for_approval, workflow

log = logging.getLogger("festival.permits")

PERMITS = "https://permits.festival.example"


@task(timeout=120)
async def validate_application(app: dict) -> dict:
    missing = [k for k in ("vendor_id", "menu", "stall_size") if not app.get(k)]
    if missing:
        raise ValueError(f"missing {missing}")
    return {**app, "validated": True}


@task(timeout=300)
async def check_insurance(app: dict) -> dict:
    import requests

    r = requests.get(f"{PERMITS}/insurance/{app['vendor_id']}", timeout=60)
    r.raise_for_status()
    return {**app, "insured_until": r.json()["valid_until"]}


@task(timeout=600, tag="inspections")
async def book_inspection(app: dict) -> dict:
    import requests

    r = requests.post(f"{PERMITS}/inspections", json={"vendor": app["vendor_id"], "stall": app["stall_size"]}, timeout=60)
    r.raise_for_status()
    return {**app, "inspection": r.json()["slot"]}


@task(timeout=120)
async def issue_permit(app: dict) -> str:
    import requests

    r = requests.post(f"{PERMITS}/permits", json=app, timeout=60)
    r.raise_for_status()
    return r.json()["permit_no"]


STAGES: list[Callable[[dict], Awaitable[Any]]] = [validate_application, check_insurance, book_inspection]


@workflow
async def main(application: dict, needs_fire_signoff: bool = False):
    result: Any = application
    for stage in STAGES:
        result = await stage(result)
    app = result
    if needs_fire_signoff:
        decision = await wait_for_approval(timeout=3 * 24 * 3600, key="fire_marshal")
        if not decision.get("approved"):
            return {"vendor": application.get("vendor_id"), "status": "refused by fire marshal"}
    permit = await issue_permit(app)
    log.info("permit %s for %s", permit, app["vendor_id"])
    return {"vendor": app["vendor_id"], "permit": permit}
