# SDK: wmill 1.850.0 client.py _alloc_key: a step and a task that share the name "enrich" get "enrich" and "enrich_2" in call order, the same in every replay.
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def enrich(record_id: str, stamp: str) -> dict:
    return {"id": record_id, "enriched_at": stamp}


@workflow
async def main(record_id: str):
    stamp = await step("enrich", lambda: datetime.now(timezone.utc).isoformat())
    return await enrich(record_id, stamp)
