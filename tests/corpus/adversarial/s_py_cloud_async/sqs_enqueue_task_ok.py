# SDK: wmill 1.850.0 a module boto3 client that only a task uses makes no request when the module loads; the task body runs once as its own job
import json

import boto3
from wmill import task, workflow

sqs = boto3.client("sqs", region_name="us-east-1")
QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/reindex-requests"


def entries_for(chunk: list[str], reason: str) -> list[dict]:
    return [{"Id": str(i), "MessageBody": json.dumps({"doc": d, "reason": reason})} for i, d in enumerate(chunk)]


@task(timeout=600)
async def changed_documents(since: str) -> list[str]:
    import psycopg

    with psycopg.connect("postgresql://search@pg.internal/cms") as conn:
        rows = conn.execute("SELECT id FROM documents WHERE updated_at >= %s ORDER BY id", (since,)).fetchall()
    return [r[0] for r in rows]


@task(timeout=600)
async def enqueue(doc_ids: list[str], reason: str) -> int:
    sent = 0
    for start in range(0, len(doc_ids), 10):
        chunk = doc_ids[start : start + 10]
        sqs.send_message_batch(QueueUrl=QUEUE_URL, Entries=entries_for(chunk, reason))
        sent += len(chunk)
    return sent


@workflow
async def main(since: str, reason: str = "nightly"):
    doc_ids = await changed_documents(since)
    preview = entries_for(doc_ids[:3], reason)
    print("first messages:", preview)
    queued = await enqueue(doc_ids, reason)
    return {"changed": len(doc_ids), "queued": queued}
