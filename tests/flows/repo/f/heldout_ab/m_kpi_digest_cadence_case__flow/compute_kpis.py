import wmill
import psycopg2


def main(days: int = 7):
    conn = psycopg2.connect(**wmill.get_resource("f/growth/analytics_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT count(*) FILTER (WHERE created_at > now() - make_interval(days => %s)),
                   count(*) FILTER (WHERE created_at BETWEEN now() - make_interval(days => 2 * %s)
                                                    AND now() - make_interval(days => %s))
            FROM app.users
            """,
            (days, days, days),
        )
        current, previous = cur.fetchone()
    delta = 0.0 if previous == 0 else (current - previous) * 100.0 / previous
    return {"kpis": [{"name": "Signups", "value": current, "delta": delta}]}
