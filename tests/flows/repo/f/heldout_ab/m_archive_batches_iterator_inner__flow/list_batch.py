import psycopg2
import wmill


def main(older_than_days: int = 90):
    conn = psycopg2.connect(**wmill.get_resource("f/support/helpdesk_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id FROM conversations WHERE status = 'closed' "
            "AND closed_at < now() - make_interval(days => %s) ORDER BY id LIMIT 500",
            (older_than_days,),
        )
        return {"ids": [row[0] for row in cur.fetchall()]}
