import wmill
import boto3


def main(bucket: str, prefix: str = "inbox/"):
    s3cfg = wmill.get_resource("f/expenses/s3")
    s3 = boto3.client(
        "s3",
        aws_access_key_id=s3cfg["awsAccessKeyId"],
        aws_secret_access_key=s3cfg["awsSecretAccessKey"],
        region_name=s3cfg["region"],
    )
    keys = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["Key"].lower().endswith((".jpg", ".jpeg", ".png", ".pdf")):
                keys.append(obj["Key"])
    return keys
