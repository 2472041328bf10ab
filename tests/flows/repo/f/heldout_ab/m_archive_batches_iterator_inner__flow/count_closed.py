import psycopg2
import wmill


def main(older_than_days: int = 90):
    conn = psycopg2.connect(**wmill.get_resource("f/support/helpdesk_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM conversations WHERE status = 'closed' "
            "AND closed_at < now() - make_interval(days => %s)",
            (older_than_days,),
        )
        (total,) = cur.fetchone()
    return {"total": total}
