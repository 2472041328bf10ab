# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a comprehension filtered by `random.random()` picks another sample each round, so the tasks dispatched no longer match the checkpoint.
import random

from wmill import task, workflow


@task()
async def audit_record(record_id: str) -> dict:
    return {"id": record_id, "ok": True}


@workflow
async def main(record_ids: list[str], rate: float = 0.1):
    sample = [r for r in record_ids if random.random() < rate]  # expect: WAC102
    results = [await audit_record(r) for r in sample]
    return {"audited": len(results)}
