import json

import boto3
import psycopg2
import wmill


def main(ids: list, done_so_far: int = 0):
    conn = psycopg2.connect(**wmill.get_resource("f/support/helpdesk_db"))
    s3 = boto3.client("s3")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT id, payload FROM conversations WHERE id = ANY(%s)", (ids,))
        for conv_id, payload in cur.fetchall():
            s3.put_object(Bucket="acme-cold-archive", Key=f"conversations/{conv_id}.json", Body=json.dumps(payload))
        cur.execute("DELETE FROM conversations WHERE id = ANY(%s)", (ids,))
    return {"moved": len(ids), "batch": done_so_far + 1}
