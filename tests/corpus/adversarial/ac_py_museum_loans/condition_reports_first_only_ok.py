# SDK: wmill 1.850.0 asyncio.gather of task coroutines dispatches them in one parallel round and every result is read
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
    jobs = [check_condition(work_id=w, stage=stage) for w in work_ids]
    reports = await asyncio.gather(*jobs)
    lead, *others = reports
    log.info("lead work %s: %s (%d others)", work_ids[0], lead["grade"], len(others))
    bad = [w for w, r in zip(work_ids, reports) if r["grade"] in ("poor", "unstable")]
    if bad:
        await hold_shipment(loan_id=loan_id, reason=", ".join(bad))
        answer = await wait_for_approval(timeout=172800, key="conservator_override")
        if not answer["approved"]:
            return {"loan": loan_id, "status": "held", "bad": bad}
    await release_shipment(loan_id=loan_id)
    return {"loan": loan_id, "status": "released", "grades": [r["grade"] for r in reports]}
