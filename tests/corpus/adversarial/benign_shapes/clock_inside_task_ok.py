# SDK: wmill 1.850.0 client.py: a task body runs once in its own job; clock reads and `uuid4` there are checkpointed in its result.
import time
import uuid
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def stamp_batch(batch: str) -> dict:
    started = time.perf_counter()
    record = {"batch": batch, "id": str(uuid.uuid4()), "at": datetime.now(timezone.utc).isoformat()}
    record["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 3)
    return record


@task()
async def publish(record: dict) -> bool:
    return True


@workflow
async def main(batch: str):
    record = await stamp_batch(batch)
    return await publish(record)
