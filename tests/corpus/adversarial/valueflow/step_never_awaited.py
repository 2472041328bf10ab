# SDK: wmill 1.850.0 client.py: step() is `async def`; without await its coroutine never runs, so nothing is computed or checkpointed.
import time

from wmill import step, task, workflow


@task()
async def load_batch(batch_id: str) -> list[dict]:
    return [{"id": 1}]


@workflow
async def main(batch_id: str):
    started = step("started_at", lambda: time.time())  # expect: WAC106
    rows = await load_batch(batch_id)
    return {"rows": len(rows), "started": str(started)}
