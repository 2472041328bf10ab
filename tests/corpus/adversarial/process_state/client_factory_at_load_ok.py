# SDK: wmill 1.850.0 client.py each round re-imports the module; a helper that only builds a boto3 client at load sends nothing (requests happen in the task).
import boto3
from wmill import task, workflow


def make_s3(region: str):
    return boto3.client("s3", region_name=region)


S3 = make_s3("eu-west-1")


@task()
async def list_keys(bucket: str) -> list:
    return [o["Key"] for o in S3.list_objects_v2(Bucket=bucket).get("Contents", [])]


@workflow
async def main(bucket: str):
    return await list_keys(bucket)
