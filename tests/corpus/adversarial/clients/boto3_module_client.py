# SDK: wmill 1.850.0 client.py: only task()/step() results come from the checkpoint on replay; an S3 call in the body is re-sent each round.
import json

import boto3
from wmill import task, workflow

s3 = boto3.client("s3")
BUCKET = "acme-exports"


@task(timeout=900)
async def export_orders(day: str) -> list[dict]:
    return [{"id": f"{day}-1", "total": 42}]


@workflow
async def main(day: str):
    orders = await export_orders(day)
    s3.put_object(Bucket=BUCKET, Key=f"orders/{day}.json", Body=json.dumps(orders))  # expect: WAC101
    return {"exported": len(orders)}
