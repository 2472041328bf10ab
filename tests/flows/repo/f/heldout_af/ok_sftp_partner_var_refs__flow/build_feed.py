import csv
import hashlib
import hmac
import io

import psycopg2
import wmill


def main(catalog_db: dict, signing_key: str) -> dict:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["sku", "title", "price", "stock"])
    with psycopg2.connect(**catalog_db) as conn, conn.cursor() as cur:
        cur.execute("select sku, title, price, stock from products where active")
        for row in cur:
            w.writerow(row)
    body = out.getvalue().encode()
    sig = hmac.new(signing_key.encode(), body, hashlib.sha256).hexdigest()
    s3 = wmill.write_s3_file(None, body, s3_resource_path="f/partners/feeds_bucket")
    return {"url": s3["s3"], "signature": sig, "bytes": len(body)}
