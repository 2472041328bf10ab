# SDK: wmill 1.850.0 client.py: a `random.Random` seeded from the workflow's input draws the same sample on every replay.
import random

from wmill import task, workflow


@task()
async def audit_record(record_id: str) -> dict:
    return {"id": record_id, "ok": True}


@workflow
async def main(record_ids: list[str], batch_id: str, rate: float = 0.1):
    rng = random.Random(batch_id)
    sample = [r for r in sorted(record_ids) if rng.random() < rate]
    results = [await audit_record(r) for r in sample]
    return {"audited": len(results)}
