import csv
import io

import boto3


def main(rows: list, s3_key: str, bucket: dict):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "store_id", "total_cents", "currency", "created_at"])
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    s3 = boto3.client(
        "s3",
        aws_access_key_id=bucket["accessKeyId"],
        aws_secret_access_key=bucket["secretKey"],
        region_name=bucket.get("region", "us-east-1"),
    )
    s3.put_object(Bucket=bucket["bucket"], Key=s3_key, Body=buf.getvalue().encode())
    return {"row_count": len(rows), "key": s3_key}
