# SDK: wmill 1.850.0 a helper of the file the body calls runs in each round: its send_message_batch on a module boto3 client is sent again on every replay
import json

import boto3
from wmill import task, workflow

sqs = boto3.client("sqs", region_name="us-east-1")
QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/reindex-requests"


def enqueue(doc_ids: list[str], reason: str) -> int:
    sent = 0
    for start in range(0, len(doc_ids), 10):
        chunk = doc_ids[start : start + 10]
        sqs.send_message_batch(
            QueueUrl=QUEUE_URL,
            Entries=[{"Id": str(i), "MessageBody": json.dumps({"doc": d, "reason": reason})} for i, d in enumerate(chunk)],
        )
        sent += len(chunk)
    return sent


@task(timeout=600)
async def changed_documents(since: str) -> list[str]:
    import psycopg

    with psycopg.connect("postgresql://search@pg.internal/cms") as conn:
        rows = conn.execute("SELECT id FROM documents WHERE updated_at >= %s ORDER BY id", (since,)).fetchall()
    return [r[0] for r in rows]


@workflow
async def main(since: str, reason: str = "nightly"):
    doc_ids = await changed_documents(since)
    queued = enqueue(doc_ids, reason)  # expect: WAC101
    return {"changed": len(doc_ids), "queued": queued}
