# SDK: wmill 1.850.0: time.time and a uuid4 lambda handed to step() run once and are checkpointed; a context manager of the file whose __exit__ only logs (returns None, so nothing is swallowed)
import logging
import time
import uuid

from wmill import step, task, workflow

log = logging.getLogger("fuel")


class Timed:
    def __init__(self, label: str):
        self.label = label
        self.started = 0.0

    def __enter__(self):
        self.started = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        log.info("%s took %.2fs", self.label, time.perf_counter() - self.started)


@task()
async def card_transactions(fleet: str, month: str) -> list[dict]:
    import requests

    r = requests.get(f"https://fuelcards.example.com/api/fleets/{fleet}/tx", params={"month": month}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def post_reconciliation(run_id: str, fleet: str, rows: list[dict], started_at: float) -> int:
    import requests

    r = requests.post(
        "https://finance.example-depot.org/api/fuel-reconciliations",
        json={"run": run_id, "fleet": fleet, "rows": rows, "started_at": started_at},
        timeout=60,
    )
    r.raise_for_status()
    return len(rows)


@workflow
async def main(fleet: str, month: str, litres_by_vehicle: dict):
    started_at = await step("started_at", time.time)
    run_id = await step("run_id", lambda: str(uuid.uuid4()))
    with Timed("card download"):
        tx = await card_transactions(fleet, month)
    rows = []
    for vehicle, logged in sorted(litres_by_vehicle.items()):
        carded = sum(t["litres"] for t in tx if t["vehicle"] == vehicle)
        if abs(carded - float(logged)) > 5:
            rows.append({"vehicle": vehicle, "carded": carded, "logged": float(logged)})
    posted = await post_reconciliation(run_id, fleet, rows, started_at)
    return {"run": run_id, "mismatches": posted}
