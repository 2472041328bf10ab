# Archive a JSON document under a key of the data-lake bucket.
import json
from typing import TypedDict

import boto3


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str
    region: str


def main(aws_conn: aws, bucket: str, key: str, document: dict, compress: bool = False):
    s3 = boto3.client(
        "s3",
        aws_access_key_id=aws_conn["awsAccessKeyId"],
        aws_secret_access_key=aws_conn["awsSecretAccessKey"],
        region_name=aws_conn["region"],
    )
    body = json.dumps(document).encode()
    s3.put_object(Bucket=bucket, Key=key, Body=body)
    return {"bucket": bucket, "key": key, "bytes": len(body)}
