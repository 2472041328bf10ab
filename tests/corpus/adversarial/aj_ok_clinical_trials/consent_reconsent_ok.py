# SDK: wmill 1.850.0: parallel(items, fn, concurrency=) gathers fn(item) in batches; fn is a @task
import hashlib
import os
from functools import partial

from wmill import parallel, task, workflow


@task(concurrency_limit=5, concurrency_key="esign")
async def send_reconsent(subject_id: str, version: str, envelope_key: str) -> dict:
    import requests

    r = requests.post(
        "https://esign.example-cro.org/envelopes",
        json={"subject": subject_id, "document": f"icf-{version}"},
        headers={"Idempotency-Key": envelope_key},
        timeout=30,
    )
    r.raise_for_status()
    return {"subject_id": subject_id, "envelope": r.json()["id"]}


async def send_one(version: str, subject_id: str) -> dict:
    key = hashlib.sha256(f"{os.environ['WM_WORKSPACE']}:{subject_id}:{version}".encode()).hexdigest()
    return await send_reconsent(subject_id, version, key)


@workflow
async def main(protocol_version: str, subject_ids: list[str], batch: int = 20):
    unique = sorted(set(subject_ids))
    results = await parallel(unique, partial(send_one, protocol_version), concurrency=batch)
    return {"sent": len(results), "envelopes": {r["subject_id"]: r["envelope"] for r in results}}
