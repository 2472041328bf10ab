# SDK: wmill 1.850.0 a module-level constant read from os.environ is used only inside tasks (each task job reads it itself); the body never branches on it
import os

import httpx
from wmill import task, workflow

LIMS_URL = os.environ.get("LIMS_URL", "https://lims.seedbank.example")
TIMEOUT = float(os.getenv("LIMS_TIMEOUT", "20"))


@task()
async def fetch_moisture(accession: str) -> float:
    async with httpx.AsyncClient(base_url=LIMS_URL, timeout=TIMEOUT) as c:
        r = await c.get(f"/accessions/{accession}/moisture")
        r.raise_for_status()
        return float(r.json()["percent"])


@task()
async def schedule_drying(accession: str, target: float) -> str:
    async with httpx.AsyncClient(base_url=LIMS_URL, timeout=TIMEOUT) as c:
        r = await c.post("/drying", json={"accession": accession, "target": target})
        r.raise_for_status()
        return r.json()["batch"]


@workflow
async def main(accessions: list[str], target_percent: float = 6.0):
    batches = {}
    for accession in accessions:
        moisture = await fetch_moisture(accession)
        if moisture > target_percent:
            batches[accession] = await schedule_drying(accession, target_percent)
    return batches
