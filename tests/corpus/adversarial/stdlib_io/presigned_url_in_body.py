# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `generate_presigned_url` signs locally with the current time (its expiry counts from now), so each round hands the task a different URL.
import boto3
from wmill import task, workflow

s3 = boto3.client("s3")


@task()
async def email_link(to: str, url: str) -> bool:
    return True


@workflow
async def main(to: str, key: str):
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "reports", "Key": key}, ExpiresIn=3600)  # expect: WAC102
    return await email_link(to, url)
