# SDK: wmill 1.850.0 client.py: boto3's head_object answer holds LastModified as a datetime, which json.dumps(default=str) writes as "2024-05-01 12:00:00+00:00", so the body compares a str with a datetime (TypeError).
from datetime import datetime, timezone

import boto3
from wmill import task, workflow


@task()
async def object_meta(bucket: str, key: str) -> dict:
    s3 = boto3.client("s3")
    return s3.head_object(Bucket=bucket, Key=key)  # expect: WAC107


@task()
async def reprocess(bucket: str, key: str) -> str:
    return f"s3://{bucket}/{key}"


@workflow
async def main(bucket: str, key: str, since: str):
    meta = await object_meta(bucket, key)
    if meta["LastModified"] > datetime.fromisoformat(since).replace(tzinfo=timezone.utc):
        return await reprocess(bucket, key)
    return {"skipped": key}
