import csv
import io

import psycopg2


def main(dsn: str, rows: list[list[str]], table: str):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    buf.seek(0)
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        cur.execute(f"TRUNCATE {table}")
        cur.copy_expert(f"COPY {table} FROM STDIN WITH (FORMAT csv)", buf)
    return {"copied": len(rows), "table": table}
