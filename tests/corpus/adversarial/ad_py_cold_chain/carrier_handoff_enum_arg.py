# SDK: wmill 1.850.0 a task_script's kwargs become the other script's job args, JSON-encoded with default=str: a plain Enum member arrives as the string "HandoffState.ACCEPTED"
import logging
from enum import Enum

import httpx
from wmill import TaskError, task, task_script, workflow

log = logging.getLogger("coldchain.handoff")

TRACKING = "https://track.coldchain.example/api"


class HandoffState(Enum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    DAMAGED = "damaged"


@task()
async def scan_handoff(shipment_id: str, carrier: str) -> dict:
    r = httpx.get(f"{TRACKING}/shipments/{shipment_id}/handoffs/{carrier}")
    r.raise_for_status()
    return r.json()


# the ledger write already exists as a script of the workspace
record_handoff = task_script("f/coldchain/record_handoff", timeout=120)


def classify(scan: dict) -> HandoffState:
    if scan.get("refused"):
        return HandoffState.REFUSED
    if scan.get("seal_broken") or scan.get("max_temp_c", 0) > 8:
        return HandoffState.DAMAGED
    return HandoffState.ACCEPTED


@workflow
async def main(shipment_id: str, carriers: list[str]):
    ledger = []
    for carrier in carriers:
        try:
            scan = await scan_handoff(shipment_id=shipment_id, carrier=carrier)
        except TaskError as err:
            log.warning("no scan from %s: %s", carrier, err)
            continue
        state = classify(scan)
        entry = await record_handoff(shipment_id=shipment_id, carrier=carrier, state=state)  # expect: WAC107
        ledger.append(entry)
        if state is not HandoffState.ACCEPTED:
            break
    return {"shipment": shipment_id, "ledger": ledger}
