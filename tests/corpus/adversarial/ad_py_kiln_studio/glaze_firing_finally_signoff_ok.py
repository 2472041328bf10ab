# SDK: wmill 1.850.0 the sign-off helper's approval is awaited after the try, once the firing and its log are checkpointed; a failed firing leaves through TaskError before it
import logging

import httpx
from wmill import task, wait_for_approval, workflow

log = logging.getLogger("kiln.signoff")

CONTROLLER = "https://kilns.studio.example/api"
SIGNOFF_HOURS = 12


@task(timeout=8 * 3600)
async def fire_glaze_load(kiln_id: str, cone: str) -> dict:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/fire", json={"program": "glaze", "cone": cone})
    r.raise_for_status()
    return r.json()


@task()
async def log_firing(kiln_id: str, outcome: dict) -> None:
    httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/log", json=outcome).raise_for_status()


async def technician_signoff(kiln_id: str) -> bool:
    answer = await wait_for_approval(timeout=SIGNOFF_HOURS * 3600, key="technician_signoff")
    log.info("kiln %s signed off by %s", kiln_id, answer.get("approver"))
    return bool(answer["approved"])


@workflow
async def main(kiln_id: str, cone: str = "6"):
    outcome = await fire_glaze_load(kiln_id=kiln_id, cone=cone)
    await log_firing(kiln_id=kiln_id, outcome=outcome)
    signed = await technician_signoff(kiln_id)
    return {**outcome, "signed_off": signed}
