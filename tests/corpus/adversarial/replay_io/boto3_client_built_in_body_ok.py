# SDK: wmill 1.850.0 client.py step(): the S3 listing happens in the step; boto3.client(...) only builds the client object in the body.
import boto3

from wmill import step, task, workflow


@task()
async def process(keys: list) -> int:
    return len(keys)


@workflow
async def main(bucket: str, prefix: str):
    s3 = boto3.client("s3", region_name="eu-west-1")
    keys = await step(
        "list_keys",
        lambda: [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])],
    )
    return await process(sorted(keys))
