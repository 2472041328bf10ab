# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the "purge" entry of the table is a lambda deleting an S3 object through a module-level client, called in the body.
import boto3
from wmill import task, workflow

s3 = boto3.client("s3")
BUCKET = "retention"

ACTIONS = {
    "purge": lambda key: s3.delete_object(Bucket=BUCKET, Key=key),
    "keep": lambda key: None,
}


@task()
async def classify(key: str) -> str:
    return "purge"


@workflow
async def main(key: str):
    action = await classify(key)
    ACTIONS[action](key)  # expect: WAC101
    return action
