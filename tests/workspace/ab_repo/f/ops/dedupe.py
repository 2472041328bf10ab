# SDK: wmill 1.850.0 client.py task() runs as its own child job; step() callback result checkpointed, not its effects
"""Ingest a batch of events once each, remembering what was seen."""

from wmill import step, task, workflow

from f.shared import ids
from f.shared.ids import recall, remember


@task()
async def ingest(key: str, row: dict) -> dict:
    remember(key, row)  # expect: WAC104
    return {"key": key, "stored": True}


@workflow
async def main(rows: list[dict], source: str = "webhook"):
    stored = []
    for row in rows:
        key = ids.stable_id(source, str(row["id"]))
        stored.append(await ingest(key, row))

    await step("mark_batch", lambda: ids.remember("batch", {"n": len(rows)}))  # expect: WAC104
    batch = recall("batch")
    return {"stored": len(stored), "batch": batch}
