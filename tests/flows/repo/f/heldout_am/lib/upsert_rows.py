import wmill
import psycopg2


def main(rows: list, table: str, dry_run: bool = False):
    if dry_run:
        return {"inserted": 0, "updated": 0, "skipped": len(rows)}
    db = wmill.get_resource("f/heldout_am/warehouse_db")
    conn = psycopg2.connect(**db)
    inserted = 0
    with conn, conn.cursor() as cur:
        for row in rows:
            cols = ", ".join(row)
            marks = ", ".join(["%s"] * len(row))
            cur.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT DO NOTHING", list(row.values()))
            inserted += cur.rowcount
    return {"inserted": inserted, "updated": 0, "skipped": len(rows) - inserted}
