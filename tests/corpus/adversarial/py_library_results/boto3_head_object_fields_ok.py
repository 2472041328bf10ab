# SDK: wmill 1.850.0 client.py: the task returns the ISO string of LastModified and the int size; the body parses the string back.
from datetime import datetime, timezone

import boto3
from wmill import task, workflow


@task()
async def object_meta(bucket: str, key: str) -> dict:
    s3 = boto3.client("s3")
    head = s3.head_object(Bucket=bucket, Key=key)
    return {"last_modified": head["LastModified"].isoformat(), "size": head["ContentLength"]}


@task()
async def reprocess(bucket: str, key: str) -> str:
    return f"s3://{bucket}/{key}"


@workflow
async def main(bucket: str, key: str, since: str):
    meta = await object_meta(bucket, key)
    if datetime.fromisoformat(meta["last_modified"]) > datetime.fromisoformat(since).replace(tzinfo=timezone.utc):
        return await reprocess(bucket, key)
    return {"skipped": key}
