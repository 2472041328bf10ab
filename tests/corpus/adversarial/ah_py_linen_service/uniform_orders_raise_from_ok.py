# SDK: wmill 1.850.0 TaskError is an Exception and _StepSuspend / _StepFailure are BaseExceptions: `except TaskError` lets the suspension through and only a failed task becomes OrderRejected
"""Staff uniform orders for a hospital group (written by an agent from the WAC guide)."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TypedDict

from wmill import TaskError, task, wait_for_approval, workflow

log = logging.getLogger("linen.uniforms")


class Garment(StrEnum):
    SCRUB_TOP = "scrub_top"
    SCRUB_TROUSER = "scrub_trouser"
    LAB_COAT = "lab_coat"


class Line(TypedDict):
    employee: str
    garment: str
    size: str
    qty: int


class OrderRejected(Exception):
    pass


@task(timeout=300)
async def fit_uniforms(order_id: str, lines: list[Line]) -> dict:
    import httpx

    r = httpx.post("https://uniforms.linen.example/fit", json={"order": order_id, "lines": lines})
    r.raise_for_status()
    return r.json()


@task(timeout=600)
async def embroider(order_id: str, names: list[str]) -> dict:
    import httpx

    r = httpx.post("https://embroidery.linen.example/jobs", json={"order": order_id, "names": names})
    r.raise_for_status()
    return r.json()


def validate(lines: list[Line]) -> list[Line]:
    bad = [ln for ln in lines if ln["garment"] not in set(Garment) or ln["qty"] < 1]
    if bad:
        raise OrderRejected(f"{len(bad)} invalid lines")
    return lines


@workflow
async def main(order_id: str, lines: list[Line], budget_eur: float):
    clean = validate(lines)
    try:
        fitted = await fit_uniforms(order_id, clean)
        if fitted["total_eur"] > budget_eur:
            decision = await wait_for_approval(timeout=3 * 86400, key="over_budget", description=f"{fitted['total_eur']} EUR")
            if not decision["approved"]:
                return {"order": order_id, "status": "rejected"}
        names = sorted({ln["employee"] for ln in clean if ln["garment"] != Garment.LAB_COAT})
        job = await embroider(order_id, names)
    except TaskError as exc:
        log.error("uniform order %s failed: %s", order_id, exc)
        raise OrderRejected(order_id) from exc
    return {"order": order_id, "status": "in_production", "job": job["id"]}
