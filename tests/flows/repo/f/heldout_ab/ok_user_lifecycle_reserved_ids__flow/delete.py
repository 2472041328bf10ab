import psycopg2
import wmill


def main(keep_ids: list):
    conn = psycopg2.connect(**wmill.get_resource("f/app/users_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "DELETE FROM users WHERE deleted_at < now() - interval '30 days' AND NOT (id = ANY(%s))",
            (keep_ids,),
        )
        purged = cur.rowcount
    return {"purged": purged}
