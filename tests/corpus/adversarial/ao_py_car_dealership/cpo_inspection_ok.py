# SDK: wmill 1.850.0: a task's value crosses as JSON, so the pydantic model is dumped with model_dump(mode="json") inside the task and rebuilt with model_validate in the body; an `except BaseException` whose handler ends in a bare `raise` on every path lets _StepSuspend through; step(name, fn) may return None
"""Certified pre-owned inspection: run the 172-point checklist through the shop's
inspection app, price the reconditioning, and certify the unit when it passes."""

from __future__ import annotations

import logging
from datetime import date
from enum import Enum

import httpx
import wmill
from pydantic import BaseModel, Field
from wmill import step, task, workflow

log = logging.getLogger("dealership.cpo")

INSPECT = "https://inspect.example-motors.com/api"


class Verdict(str, Enum):
    PASS = "pass"
    RECON = "recon"
    FAIL = "fail"


class Checklist(BaseModel):
    vin: str
    inspected_on: date
    failed_points: list[str] = Field(default_factory=list)
    recon_cents: int = 0
    verdict: Verdict = Verdict.RECON


@task(timeout=900)
async def run_checklist(vin: str, technician: str) -> dict:
    async with httpx.AsyncClient(base_url=INSPECT, timeout=60) as c:
        r = await c.post("/checklists", json={"vin": vin, "technician": technician, "program": "cpo-172"})
        r.raise_for_status()
        data = r.json()
    sheet = Checklist(
        vin=vin,
        inspected_on=date.fromisoformat(data["completed_on"]),
        failed_points=data["failed"],
        recon_cents=sum(int(p["estimate_cents"]) for p in data["estimates"]),
        verdict=Verdict(data["verdict"]),
    )
    return sheet.model_dump(mode="json")


@task()
async def certify(vin: str, inspected_on: str) -> str:
    key = wmill.get_variable("f/dealership/oem_cpo_key")
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://cpo.example-oem.com/certify", json={"vin": vin, "inspected_on": inspected_on}, headers={"x-key": key})
        r.raise_for_status()
        return r.json()["certificate"]


@task()
async def schedule_recon(vin: str, points: list[str], budget_cents: int) -> str:
    async with httpx.AsyncClient(base_url=INSPECT, timeout=30) as c:
        r = await c.post("/recon", json={"vin": vin, "points": points, "budget_cents": budget_cents})
        r.raise_for_status()
        return r.json()["recon_id"]


@workflow
async def main(vin: str, technician: str, max_recon_cents: int = 150_000):
    try:
        sheet = Checklist.model_validate(await run_checklist(vin, technician))
    except BaseException as exc:
        if isinstance(exc, Exception):
            log.error("checklist for %s failed: %s", vin, exc)
        raise

    if sheet.verdict is Verdict.FAIL or sheet.recon_cents > max_recon_cents:
        return {"vin": vin, "certified": False, "reason": sheet.verdict.value, "recon_cents": sheet.recon_cents}

    if sheet.verdict is Verdict.RECON:
        recon_id = await schedule_recon(vin, sheet.failed_points, sheet.recon_cents)
        await step("recon_noted", lambda: log.info("recon %s scheduled for %s", recon_id, vin))
        return {"vin": vin, "certified": False, "recon": recon_id}

    certificate = await certify(vin, sheet.inspected_on.isoformat())
    return {"vin": vin, "certified": True, "certificate": certificate, "inspected_on": sheet.inspected_on.isoformat()}
