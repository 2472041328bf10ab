# SDK: wmill 1.850.0: a module logger, os.environ read only inside a task, results turned into a table right after the checkpoint
import logging

from wmill import parallel, task, workflow

logger = logging.getLogger("customs")


@task(timeout=180)
async def prealert(consignment: dict) -> dict:
    import os

    import httpx

    endpoint = os.environ.get("CUSTOMS_ENDPOINT", "https://customs.example.eu/ncts")
    async with httpx.AsyncClient() as c:
        r = await c.post(f"{endpoint}/prealerts", json=consignment)
        return {"consignment": consignment["id"], "status": r.status_code, "mrn": r.json().get("mrn")}


@workflow
async def main(train: str, consignments: list[dict]):
    logger.info("pre-alerting %d consignments for %s", len(consignments), train)
    results = await parallel(consignments, prealert, concurrency=8)
    table = {r["consignment"]: (r["mrn"] or "pending") for r in results}
    rejected = sorted(k for k, r in zip(table, results) if r["status"] >= 400)
    logger.info("done: %d rejected", len(rejected))
    return {"train": train, "mrns": table, "rejected": rejected}
