from typing import TypedDict

import boto3


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str


def main(aws: aws, region: str, bucket: str, keys: list, dry_run: bool = True):
    if dry_run:
        return {"bucket": bucket, "moved": 0, "would_move": len(keys)}
    s3 = boto3.client(
        "s3",
        region_name=region,
        aws_access_key_id=aws["awsAccessKeyId"],
        aws_secret_access_key=aws["awsSecretAccessKey"],
    )
    for key in keys:
        s3.copy_object(
            Bucket=bucket,
            Key=key,
            CopySource={"Bucket": bucket, "Key": key},
            StorageClass="DEEP_ARCHIVE",
            MetadataDirective="COPY",
        )
    return {"bucket": bucket, "moved": len(keys), "would_move": len(keys)}
