# SDK: wmill 1.850.0 _StepSuspend and _StepFailure derive from BaseException, so `except Exception` lets them through; a failed task raises TaskError (an Exception), which is wrapped and re-raised with its cause
"""Registry-to-registry credit transfer, ported from a DBOS workflow (@DBOS.workflow / @DBOS.step)."""

from __future__ import annotations

import logging
from typing import TypedDict

from wmill import step, task, workflow

log = logging.getLogger("registry.transfer")


class TransferFailed(RuntimeError):
    def __init__(self, stage: str, lot_id: str):
        super().__init__(f"transfer of {lot_id} failed at {stage}")
        self.stage = stage
        self.lot_id = lot_id


class Leg(TypedDict):
    registry: str
    account: str


@task(timeout=300)
async def lock_lot(registry: str, lot_id: str) -> str:
    import requests

    r = requests.post(f"https://{registry}.registry.example/lots/{lot_id}/lock", timeout=30)
    r.raise_for_status()
    return r.json()["lock_id"]


@task(timeout=300)
async def cancel_at_source(registry: str, lot_id: str, lock_id: str) -> dict:
    import requests

    r = requests.post(f"https://{registry}.registry.example/lots/{lot_id}/cancel", json={"lock": lock_id}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def issue_at_destination(registry: str, account: str, lot_id: str, tonnes: float) -> dict:
    import requests

    r = requests.post(f"https://{registry}.registry.example/accounts/{account}/import", json={"lot": lot_id, "tonnes": tonnes}, timeout=30)
    r.raise_for_status()
    return r.json()


def _check_tonnes(tonnes: float) -> float:
    if tonnes <= 0:
        raise ValueError("tonnes must be positive")
    return round(tonnes, 3)


@workflow
async def main(lot_id: str, tonnes: float, source: Leg, destination: Leg):
    qty = _check_tonnes(tonnes)
    stage = "lock"
    try:
        lock_id = await lock_lot(source["registry"], lot_id)
        stage = "cancel"
        cancelled = await cancel_at_source(source["registry"], lot_id, lock_id)
        stage = "issue"
        imported = await issue_at_destination(destination["registry"], destination["account"], lot_id, qty)
    except Exception as e:
        log.error("transfer %s failed at %s: %r", lot_id, stage, e)
        raise TransferFailed(stage, lot_id) from e
    receipt = await step("receipt", lambda: {"cancelled": cancelled["serials"], "imported": imported["serials"]})
    return {"lot": lot_id, "tonnes": qty, **receipt}
