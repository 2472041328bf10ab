# SDK: wmill 1.850.0 a step's value is checkpointed and replayed: the clock is read once inside step("received_at", ...), and the helper that would read the clock when `received` is None gets that replayed string (or a list element's declared field)
from datetime import datetime, timezone
from typing import TypedDict

from wmill import step, task, workflow

LIMS_API = "https://lims.clinic.internal/api"


class Sample(TypedDict):
    sample_id: str
    collected_at: str
    panel: str


def accession(sample_id: str, received=None) -> dict:
    if received is None:
        received = datetime.now(timezone.utc).isoformat()
    return {"sample": sample_id, "received": received}


def clock_reading() -> str:
    return datetime.now(timezone.utc).isoformat()


@task()
async def register(record: dict) -> str:
    import httpx

    r = httpx.post(f"{LIMS_API}/accessions", json=record)
    r.raise_for_status()
    return r.json()["accession_no"]


@task()
async def order_panel(accession_no: str, panel: str) -> dict:
    import httpx

    r = httpx.post(f"{LIMS_API}/orders", json={"accession": accession_no, "panel": panel})
    r.raise_for_status()
    return r.json()


@workflow
async def main(samples: list[Sample], clinic: str):
    received_at = await step("received_at", lambda: datetime.now(timezone.utc).isoformat())
    batch_opened = await step("batch_opened", clock_reading)
    orders = []
    for sample in samples:
        record = accession(sample["sample_id"], received_at)
        record["collected"] = accession(sample["sample_id"], sample["collected_at"])["received"]
        accession_no = await register(record)
        orders.append(await order_panel(accession_no, sample["panel"]))
    header = accession(f"{clinic}-batch", batch_opened)
    return {"batch": header, "orders": [o["order_id"] for o in orders]}
