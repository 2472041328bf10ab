import wmill
import psycopg2


def main(run_date: str, full_refresh: bool = False):
    conn = psycopg2.connect(**wmill.get_resource("f/heldout_ang/warehouse"))
    with conn, conn.cursor() as cur:
        cur.execute("CALL refresh_dimensions(%s, %s)", (run_date, full_refresh))
    return {"run_date": run_date, "refreshed": True}
