from datetime import datetime, timedelta, timezone
from typing import TypedDict

import boto3


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str


def main(aws: aws, region: str, bucket: str, prefix: str, older_than_days: int = 45):
    s3 = boto3.client(
        "s3",
        region_name=region,
        aws_access_key_id=aws["awsAccessKeyId"],
        aws_secret_access_key=aws["awsSecretAccessKey"],
    )
    cutoff = datetime.now(timezone.utc) - timedelta(days=older_than_days)
    keys = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["LastModified"] < cutoff and obj.get("StorageClass") != "DEEP_ARCHIVE":
                keys.append(obj["Key"])
    return {"keys": keys, "bucket": bucket}
