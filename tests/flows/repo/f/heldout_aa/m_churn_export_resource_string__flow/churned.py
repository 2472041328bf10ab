import psycopg2


def main(db: dict, days: int = 30):
    conn = psycopg2.connect(
        host=db["host"], dbname=db["dbname"], user=db["user"], password=db["password"]
    )
    with conn, conn.cursor() as cur:
        cur.execute(
            "select id, name, churned_at::text from accounts where churned_at > now() - make_interval(days => %s)",
            (days,),
        )
        return [{"id": r[0], "name": r[1], "churned_at": r[2]} for r in cur.fetchall()]
