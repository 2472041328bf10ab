"""Copy a GTFS feed version to the archive bucket."""

import boto3


def main(version: str, bucket: str = "wbr-gtfs-archive"):
    s3 = boto3.client("s3")
    s3.copy_object(Bucket=bucket, Key=f"{version}.zip", CopySource={"Bucket": "wbr-gtfs-live", "Key": "current.zip"})
    return {"archived": version, "bucket": bucket}
