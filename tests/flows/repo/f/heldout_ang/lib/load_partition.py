import wmill
import psycopg2


def main(table: str, partition_date: str, source_prefix: str, dry_run: bool = False):
    dsn = wmill.get_resource("f/heldout_ang/warehouse")
    conn = psycopg2.connect(**dsn)
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT load_partition(%s, %s, %s, %s)",
            (table, partition_date, source_prefix, dry_run),
        )
        loaded = cur.fetchone()[0]
    return {"table": table, "partition_date": partition_date, "loaded_rows": loaded}
