import csv
import io

import boto3


def main(rows: list, bucket: dict):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "name", "churned_at"])
    writer.writeheader()
    writer.writerows(rows)
    s3 = boto3.client(
        "s3",
        aws_access_key_id=bucket["awsAccessKeyId"],
        aws_secret_access_key=bucket["awsSecretAccessKey"],
        region_name=bucket["region"],
    )
    key = "exports/churned.csv"
    s3.put_object(Bucket=bucket["bucket"], Key=key, Body=buf.getvalue().encode())
    return {"key": key, "rows": len(rows)}
