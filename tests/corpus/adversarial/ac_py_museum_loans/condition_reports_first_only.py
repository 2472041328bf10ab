# SDK: wmill 1.850.0 every task call is queued in ctx._pending when made; awaiting only reports[0] dispatches them all but the other results are never read (coroutines dropped)
import asyncio
import logging

import httpx
from wmill import task, wait_for_approval, workflow

log = logging.getLogger("loans.condition")
CONSERVATION_API = "https://conservation.museum.example/api"


@task(timeout=900)
async def check_condition(work_id: str, stage: str) -> dict:
    r = httpx.post(f"{CONSERVATION_API}/reports", json={"work": work_id, "stage": stage})
    r.raise_for_status()
    return r.json()


@task()
async def hold_shipment(loan_id: str, reason: str) -> None:
    httpx.post(f"{CONSERVATION_API}/loans/{loan_id}/hold", json={"reason": reason})


@task()
async def release_shipment(loan_id: str) -> None:
    httpx.post(f"{CONSERVATION_API}/loans/{loan_id}/release")


@workflow
async def main(loan_id: str, work_ids: list[str], stage: str = "outgoing"):
    reports = [check_condition(work_id=w, stage=stage) for w in work_ids]  # expect: WAC106
    lead = await reports[0]
    log.info("lead work %s: %s", work_ids[0], lead["grade"])
    if lead["grade"] in ("poor", "unstable"):
        await hold_shipment(loan_id=loan_id, reason=f"{work_ids[0]} graded {lead['grade']}")
        answer = await wait_for_approval(timeout=172800, key="conservator_override")
        if not answer["approved"]:
            return {"loan": loan_id, "status": "held"}
    await release_shipment(loan_id=loan_id)
    return {"loan": loan_id, "status": "released", "lead_grade": lead["grade"]}
