import json

import boto3

STATEMENT_BUCKET = "acme-bank-statements"


def fetch_statement(key: str) -> list[dict]:
    obj = boto3.client("s3").get_object(Bucket=STATEMENT_BUCKET, Key=key)
    return json.loads(obj["Body"].read())


def parse_amount(text: str) -> int:
    whole, _, cents = text.replace(",", ".").partition(".")
    return int(whole) * 100 + int((cents + "00")[:2])
