"""Write a report's rows as CSV to the exports bucket and return its URL."""

import csv
import io
from datetime import datetime, timezone

import boto3
import wmill


def main(report_id: str, rows: list, delimiter: str = ","):
    bucket = wmill.get_variable("f/reports/exports_bucket")
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    for row in rows:
        writer.writerow(row)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    key = f"reports/{report_id}/{stamp}.csv"
    boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=buf.getvalue().encode())
    return f"s3://{bucket}/{key}"
