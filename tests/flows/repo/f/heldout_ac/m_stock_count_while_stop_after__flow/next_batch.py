import wmill
import psycopg2


def main(warehouse: str, batch_size: int = 250):
    conn = psycopg2.connect(**wmill.get_resource("f/wms/db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            UPDATE bins SET count_claimed_at = now()
            WHERE id IN (
              SELECT id FROM bins
              WHERE warehouse = %s AND count_due AND count_claimed_at IS NULL
              ORDER BY aisle, shelf LIMIT %s FOR UPDATE SKIP LOCKED
            )
            RETURNING id, aisle, shelf
            """,
            (warehouse, batch_size),
        )
        bins = [{"bin_id": r[0], "aisle": r[1], "shelf": r[2]} for r in cur.fetchall()]
    return {"bins": bins, "remaining": len(bins) == batch_size}
