import psycopg2


def main(db: dict, older_than_days: int, dry_run: bool = True):
    conn = psycopg2.connect(
        host=db["host"], port=db["port"], dbname=db["dbname"], user=db["user"], password=db["password"]
    )
    with conn, conn.cursor() as cur:
        cur.execute(
            "select count(*) from sessions where last_seen < now() - make_interval(days => %s)",
            (older_than_days,),
        )
        n = cur.fetchone()[0]
        if not dry_run:
            cur.execute(
                "delete from sessions where last_seen < now() - make_interval(days => %s)",
                (older_than_days,),
            )
    return {"expired": n, "deleted": 0 if dry_run else n}
