# SDK: wmill 1.850.0 client.py: a @task body runs once in its own job (_execute_directly), so its S3 writes are not replayed.
import json

import boto3
from wmill import task, workflow

s3 = boto3.client("s3")
BUCKET = "acme-exports"


@task(timeout=900)
async def export_orders(day: str) -> list[dict]:
    return [{"id": f"{day}-1", "total": 42}]


@task()
async def upload(day: str, orders: list[dict]) -> str:
    key = f"orders/{day}.json"
    s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(orders))
    return key


@workflow
async def main(day: str):
    orders = await export_orders(day)
    key = await upload(day, orders)
    return {"exported": len(orders), "key": key}
