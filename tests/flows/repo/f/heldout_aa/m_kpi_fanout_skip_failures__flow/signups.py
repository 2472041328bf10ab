import wmill
import psycopg2


def main(week: str):
    conn = psycopg2.connect(**wmill.get_resource("f/growth/app_db"))
    with conn, conn.cursor() as cur:
        cur.execute("select count(*) from users where to_char(created_at, 'IYYY-\"W\"IW') = %s", (week,))
        (count,) = cur.fetchone()
    return {"metric": "signups", "week": week, "value": count}
