import os

import boto3


def main(flight_id: str, bucket: dict):
    s3 = boto3.client(
        "s3",
        aws_access_key_id=bucket["awsAccessKeyId"],
        aws_secret_access_key=bucket["awsSecretAccessKey"],
        region_name=bucket["region"],
    )
    os.makedirs("./shared/raw", exist_ok=True)
    keys = []
    pages = s3.get_paginator("list_objects_v2").paginate(
        Bucket=bucket["bucket"], Prefix=f"flights/{flight_id}/"
    )
    for page in pages:
        for obj in page.get("Contents", []):
            target = os.path.join("./shared/raw", os.path.basename(obj["Key"]))
            s3.download_file(bucket["bucket"], obj["Key"], target)
            keys.append(obj["Key"])
    return {"count": len(keys)}
