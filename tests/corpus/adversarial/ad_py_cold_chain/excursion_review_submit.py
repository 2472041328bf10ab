# SDK: wmill 1.850.0 a @task wrapper called inside @workflow returns ctx._next_step(...), a coroutine; submit() hands it back and the excursion branch drops it
import logging
from dataclasses import dataclass

import httpx
from wmill import task, wait_for_approval, workflow

log = logging.getLogger("coldchain.excursion")

QA_API = "https://qa.coldchain.example/api/v2"
LIMITS = {"2-8C": (2.0, 8.0), "frozen": (-25.0, -15.0), "ambient": (15.0, 25.0)}


@dataclass
class Window:
    low: float
    high: float

    def breached_by(self, temps: list[float]) -> list[float]:
        return [t for t in temps if t < self.low or t > self.high]


def submit(fn, *args, **kwargs):
    """Celery-ish shim kept from the old service: log and hand the call to the runner."""
    log.info("submitting %s args=%s kwargs=%s", getattr(fn, "__name__", fn), args, kwargs)
    return fn(*args, **kwargs)


@task(timeout=300)
async def read_logger(shipment_id: str, logger_id: str) -> dict:
    r = httpx.get(f"{QA_API}/loggers/{logger_id}/readings", params={"shipment": shipment_id})
    r.raise_for_status()
    return r.json()


@task()
async def quarantine_lot(lot_id: str, reason: str) -> None:
    httpx.post(f"{QA_API}/lots/{lot_id}/quarantine", json={"reason": reason}).raise_for_status()


@task()
async def notify_qa(shipment_id: str, breaches: list[float]) -> None:
    httpx.post(f"{QA_API}/alerts", json={"shipment": shipment_id, "breaches": breaches}).raise_for_status()


@task()
async def release_lot(lot_id: str) -> None:
    httpx.post(f"{QA_API}/lots/{lot_id}/release").raise_for_status()


@workflow
async def main(shipment_id: str, lot_id: str, logger_ids: list[str], profile: str = "2-8C"):
    low, high = LIMITS[profile]
    window = Window(low, high)
    breaches: list[float] = []
    for logger_id in logger_ids:
        data = await submit(read_logger, shipment_id, logger_id=logger_id)
        breaches.extend(window.breached_by(data["temps_c"]))

    if breaches:
        log.warning("shipment %s: %d readings outside %s", shipment_id, len(breaches), profile)
        submit(notify_qa, shipment_id=shipment_id, breaches=breaches[:50])  # expect: WAC106
        await submit(quarantine_lot, lot_id, reason=f"{len(breaches)} excursions")
        decision = await wait_for_approval(timeout=48 * 3600, key="qa_disposition")
        if not decision["approved"]:
            return {"shipment": shipment_id, "lot": lot_id, "status": "rejected"}

    await submit(release_lot, lot_id)
    return {"shipment": shipment_id, "lot": lot_id, "status": "released", "breaches": len(breaches)}
