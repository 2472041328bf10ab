# SDK: wmill 1.850.0 step(name, fn) checkpoints fn()'s result under name; the team's @checkpointed("...") factory gives each helper a literal step name and runs it inside the step
import functools

import boto3
from wmill import step, task, workflow


def checkpointed(name: str):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            return await step(name, lambda: fn(*args, **kwargs))

        return wrapper

    return decorate


@checkpointed("list_buckets")
def list_buckets(prefix: str) -> list[str]:
    s3 = boto3.client("s3")
    return sorted(b["Name"] for b in s3.list_buckets()["Buckets"] if b["Name"].startswith(prefix))


@task()
async def audit_bucket(bucket: str) -> dict:
    s3 = boto3.client("s3")
    enc = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]
    return {"bucket": bucket, "rules": len(enc["Rules"])}


@workflow
async def main(prefix: str):
    buckets = await list_buckets(prefix)
    reports = []
    for b in buckets:
        reports.append(await audit_bucket(b))
    return {"audited": len(reports), "unencrypted": [r["bucket"] for r in reports if not r["rules"]]}
