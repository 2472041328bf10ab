# SDK: wmill 1.850.0: task results cross as JSON (claims are dicts of str / int); a step function defined in the body that only reads outer names and returns a new dict changes no state; sorted(dict.items()) dispatches in a fixed order
"""Warranty claim batch: price each repair order against the OEM labor-time guide,
submit the claims grouped by OEM, and reconcile the answers."""

from __future__ import annotations

import functools
import logging
from typing import Callable

import httpx
import wmill
from wmill import TaskError, parallel, step, task, workflow

log = logging.getLogger("dealership.warranty")

OEM_PORTALS = {"ford": "https://oasis.example-ford.com", "gm": "https://gwm.example-gm.com", "stellantis": "https://dealerconnect.example.com"}


def logged(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        out = fn(*args, **kwargs)
        log.debug("%s -> %r", fn.__name__, out)
        return out

    return inner


@functools.lru_cache(maxsize=None)
def labor_rate(oem: str) -> int:
    return {"ford": 168_00, "gm": 172_00, "stellantis": 165_00}.get(oem, 150_00)


@logged
def claim_amount(op: dict, oem: str) -> int:
    hours = float(op["flat_rate_hours"])
    parts = sum(int(p["cost_cents"]) for p in op.get("parts", []))
    return int(hours * labor_rate(oem)) + int(parts * 1.4)


@task(timeout=300)
async def repair_orders(store_id: str, since: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://dms.example-motors.com/api/v2/stores/{store_id}/ros", params={"pay_type": "W", "closed_since": since})
        r.raise_for_status()
        return r.json()


@task(timeout=600)
async def submit_claims(oem: str, claims: list[dict]) -> dict:
    creds = wmill.get_resource(f"f/dealership/oem_{oem}")
    async with httpx.AsyncClient(base_url=OEM_PORTALS[oem], timeout=60) as c:
        r = await c.post("/claims/batch", json={"dealer": creds["dealer"], "claims": claims}, headers={"authorization": creds["token"]})
        r.raise_for_status()
        return {"oem": oem, "accepted": r.json()["accepted"], "rejected": r.json()["rejected"]}


@task()
async def flag_rejections(rows: list[dict]) -> int:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://dms.example-motors.com/api/v2/warranty/rejections", json=rows)
        return len(rows) if r.is_success else 0


@workflow
async def main(store_id: str, since: str):
    ros = await repair_orders(store_id, since)

    def group_claims() -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = {}
        for ro in ros:
            oem = ro["make"].lower()
            if oem not in OEM_PORTALS:
                continue
            for op in ro["operations"]:
                claim = {"ro": ro["number"], "vin": ro["vin"], "op": op["code"], "amount_cents": claim_amount(op, oem)}
                grouped.setdefault(oem, []).append(claim)
        return grouped

    by_oem = await step("group_claims", group_claims)

    answers = []
    for oem, claims in sorted(by_oem.items()):
        try:
            answers.append(await submit_claims(oem, claims))
        except TaskError as err:
            error = (err.result or {}).get("error", {})
            log.error("%s portal refused the batch: %s", oem, error.get("message"))
            answers.append({"oem": oem, "accepted": [], "rejected": [{"ro": c["ro"], "reason": "portal"} for c in claims]})

    match sum(len(a["rejected"]) for a in answers):
        case 0:
            log.info("all claims accepted")
        case n:
            flagged = await flag_rejections([r for a in answers for r in a["rejected"]])
            log.warning("%d rejected, %d flagged", n, flagged)

    accepted = sum(len(a["accepted"]) for a in answers)
    return {"store_id": store_id, "accepted": accepted, "answers": answers}
