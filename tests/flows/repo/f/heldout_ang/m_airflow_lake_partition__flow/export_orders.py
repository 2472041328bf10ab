import json

import boto3
import wmill


def main(bucket: str, prefix: str, run_date: str):
    creds = wmill.get_resource("f/heldout_ang/aws_lake")
    s3 = boto3.client(
        "s3",
        aws_access_key_id=creds["awsAccessKeyId"],
        aws_secret_access_key=creds["awsSecretAccessKey"],
        region_name=creds["region"],
    )
    shop = wmill.get_resource("f/heldout_ang/shop_db")
    import psycopg2

    conn = psycopg2.connect(**shop)
    with conn, conn.cursor() as cur:
        cur.execute("SELECT row_to_json(o) FROM orders o WHERE o.created_at::date = %s", (run_date,))
        lines = [json.dumps(r[0]) for r in cur.fetchall()]
    key = f"{prefix}orders.jsonl"
    s3.put_object(Bucket=bucket, Key=key, Body="\n".join(lines).encode())
    return {"bucket": bucket, "prefix": prefix, "objects": 1, "rows": len(lines)}
