# SDK: wmill 1.850.0 a @task of the file (no path=) runs in a child job that replays the body and calls the function with the arguments that replay computed (_execute_directly(func, **kwargs)): the Enum member arrives as itself; only the result crosses JSON
import logging
from enum import Enum

import httpx
from wmill import TaskError, task, workflow

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


@task()
async def record_handoff(shipment_id: str, carrier: str, state: HandoffState) -> dict:
    r = httpx.post(f"{TRACKING}/ledger", json={"shipment": shipment_id, "carrier": carrier, "state": state.value})
    r.raise_for_status()
    return r.json()


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
        entry = await record_handoff(shipment_id=shipment_id, carrier=carrier, state=state)
        ledger.append(entry)
        if state is not HandoffState.ACCEPTED:
            break
    return {"shipment": shipment_id, "ledger": ledger}
