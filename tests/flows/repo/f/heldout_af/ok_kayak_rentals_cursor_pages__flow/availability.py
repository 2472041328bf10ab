import psycopg2
import wmill


def main(base: str, synced: int) -> dict:
    db = wmill.get_resource("f/kayaks/ops_db")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "select boat, count(*) filter (where status = 'confirmed' and now() between starts_at and ends_at) "
            "from bookings where base = %s group by boat",
            (base,),
        )
        busy = dict(cur.fetchall())
    return {"base": base, "synced": synced, "busy": busy}
