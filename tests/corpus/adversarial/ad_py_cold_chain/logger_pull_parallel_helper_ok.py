# SDK: wmill 1.850.0 parallel() calls fn(item) in the body; fn is a @task here, so each call is a checkpointed child job and the download runs once
import csv
import io
import logging

import httpx
from wmill import parallel, step, task, workflow

log = logging.getLogger("coldchain.pull")

GATEWAY = "https://gw.coldchain.example"
MAX_PARALLEL = 4


@task(timeout=300)
async def pull_logger_csv(logger_id: str) -> dict:
    async with httpx.AsyncClient(base_url=GATEWAY, timeout=30) as client:
        r = await client.get(f"/loggers/{logger_id}/download.csv")
        r.raise_for_status()
    rows = list(csv.DictReader(io.StringIO(r.text)))
    return {"logger": logger_id, "temps": [float(row["temp_c"]) for row in rows]}


@task(timeout=900)
async def store_series(shipment_id: str, series: list[dict]) -> int:
    r = httpx.post(f"{GATEWAY}/shipments/{shipment_id}/series", json=series)
    r.raise_for_status()
    return r.json()["stored"]


@task()
async def flag_excursion(shipment_id: str, logger_id: str, worst_c: float) -> None:
    httpx.post(f"{GATEWAY}/shipments/{shipment_id}/flags", json={"logger": logger_id, "worst": worst_c})


@workflow
async def main(shipment_id: str, logger_ids: list[str], high_c: float = 8.0):
    series = await parallel(logger_ids, pull_logger_csv, concurrency=MAX_PARALLEL)
    stored = await store_series(shipment_id=shipment_id, series=series)
    for s in series:
        worst = max(s["temps"], default=None)
        if worst is not None and worst > high_c:
            await flag_excursion(shipment_id=shipment_id, logger_id=s["logger"], worst_c=worst)
    summary = await step("summary", lambda: {"loggers": len(series), "stored": stored})
    log.info("shipment %s: %s", shipment_id, summary)
    return summary
