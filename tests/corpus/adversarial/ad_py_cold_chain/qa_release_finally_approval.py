# SDK: wmill 1.850.0 wait_for_approval raises _StepSuspend; awaited in a finally it runs while the try's own suspension unwinds, replacing it, on every round
import logging
from typing import TypedDict

import httpx
from wmill import TaskError, step, task, wait_for_approval, workflow

log = logging.getLogger("coldchain.release")

LIMS = "https://lims.pharma.example/api"


class Lot(TypedDict):
    lot_id: str
    product: str
    doses: int


@task(timeout=1200)
async def run_potency_assay(lot_id: str) -> dict:
    r = httpx.post(f"{LIMS}/assays/potency", json={"lot": lot_id}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=1200)
async def run_sterility_check(lot_id: str) -> dict:
    r = httpx.post(f"{LIMS}/assays/sterility", json={"lot": lot_id}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def publish_release(lot_id: str, approved_by: str, results: dict) -> str:
    r = httpx.post(f"{LIMS}/lots/{lot_id}/release", json={"by": approved_by, "results": results})
    r.raise_for_status()
    return r.json()["certificate"]


@workflow
async def main(lot: Lot, qp_email: str):
    lot_id = lot["lot_id"]
    results: dict = {}
    failed = False
    try:
        results["potency"] = await run_potency_assay(lot_id=lot_id)
        results["sterility"] = await run_sterility_check(lot_id=lot_id)
    except TaskError as err:
        failed = True
        log.error("assay failed for %s: %s", lot_id, err)
        results["error"] = str(err)
    finally:
        # the qualified person signs off whatever happened
        signoff = await wait_for_approval(timeout=72 * 3600, key="qp_signoff")  # expect: WAC203

    if failed or not signoff["approved"]:
        return {"lot": lot_id, "released": False, "results": results}
    note = await step("release_note", lambda: f"{lot['product']} x{lot['doses']} released")
    cert = await publish_release(lot_id=lot_id, approved_by=signoff["approver"], results=results)
    return {"lot": lot_id, "released": True, "certificate": cert, "note": note, "qp": qp_email}
