import csv

import psycopg2


def main(files: list, warehouse: dict, table: str):
    rows = 0
    with psycopg2.connect(**warehouse) as conn, conn.cursor() as cur:
        for path in files:
            with open(path, newline="") as f:
                reader = csv.DictReader(f)
                batch = [(r["tracking"], r["status"], r["ts"]) for r in reader]
            cur.executemany(f"INSERT INTO {table} (tracking_no, status, updated_at) VALUES (%s, %s, %s)", batch)
            rows += len(batch)
    return {"files": len(files), "rows": rows}
