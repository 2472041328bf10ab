# SDK: wmill 1.850.0 client.py workflow(): the body reruns in a fresh job, so module state rebuilt from the top is the same each replay
"""Ingest a batch of events, numbering them in the order they arrive."""

from wmill import task, workflow

from f.shared.ids import next_seq, recall, remember, stable_id


@task()
async def ingest(key: str, seq: int, row: dict) -> dict:
    seen: dict[str, dict] = {}
    seen[key] = row
    return {"key": key, "seq": seq, "stored": len(seen)}


@workflow
async def main(rows: list[dict], source: str = "webhook"):
    results = []
    for row in rows:
        key = stable_id(source, str(row["id"]))
        if recall(key) is not None:
            continue
        remember(key, row)
        results.append(await ingest(key, next_seq(), row))
    return {"stored": len(results)}
