import psycopg2
import wmill


def main(since_hours: int = 24):
    conn = psycopg2.connect(**wmill.get_resource("f/sales/app_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, email FROM app.signups WHERE created_at > now() - make_interval(hours => %s)",
            (since_hours,),
        )
        return [{"lead_id": lead_id, "email": email} for lead_id, email in cur.fetchall()]
