import psycopg2
import wmill


def main():
    conn = psycopg2.connect(**wmill.get_resource("f/app/users_db"))
    with conn, conn.cursor() as cur:
        cur.execute("SELECT id, email FROM users WHERE created_at::date = current_date")
        return [{"id": user_id, "email": email} for user_id, email in cur.fetchall()]
