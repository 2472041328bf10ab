# SDK: wmill 1.850.0 _StepSuspend is a BaseException; this @contextmanager catches Exception only (TaskError is one) and re-raises, so the suspension passes
import contextlib
import logging
import time

import httpx
from wmill import task, workflow

log = logging.getLogger("coldchain.alerts")

PAGER = "https://pager.coldchain.example/v1"


@contextlib.contextmanager
def alert_on_failure(shipment_id: str, stage: str):
    started = time.perf_counter()
    try:
        yield
    except Exception as exc:
        log.exception("stage %s failed for %s: %r", stage, shipment_id, exc)
        raise
    finally:
        log.info("stage %s took %.2fs", stage, time.perf_counter() - started)


@task()
async def book_reefer(shipment_id: str, lane: str) -> dict:
    r = httpx.post(f"{PAGER}/reefers", json={"shipment": shipment_id, "lane": lane})
    r.raise_for_status()
    return r.json()


@task()
async def precool_container(container_id: str, setpoint_c: float) -> bool:
    r = httpx.post(f"{PAGER}/containers/{container_id}/precool", json={"setpoint": setpoint_c})
    return r.status_code == 202


@workflow
async def main(shipment_id: str, lane: str, setpoint_c: float = 5.0):
    booking: dict = {}
    precooled = False
    with alert_on_failure(shipment_id, "booking"):
        booking = await book_reefer(shipment_id=shipment_id, lane=lane)
        precooled = await precool_container(container_id=booking["container"], setpoint_c=setpoint_c)
    return {"shipment": shipment_id, "booking": booking, "precooled": precooled}
