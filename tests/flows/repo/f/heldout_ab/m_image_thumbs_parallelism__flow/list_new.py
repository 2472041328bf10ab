from datetime import datetime, timedelta, timezone

import boto3


def main(bucket: str):
    cutoff = datetime.now(timezone.utc) - timedelta(days=1)
    s3 = boto3.client("s3")
    found = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix="originals/"):
        for obj in page.get("Contents", []):
            if obj["LastModified"] >= cutoff:
                found.append({"bucket": bucket, "key": obj["Key"]})
    return found
