import wmill
import psycopg2


def main(email: str, limit: int = 5):
    db = wmill.get_resource("f/support/shop_db")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, created_at::text, status, tracking_number FROM orders "
            "WHERE customer_email = %s ORDER BY created_at DESC LIMIT %s",
            (email, limit),
        )
        return [
            {"order_id": r[0], "created_at": r[1], "status": r[2], "tracking_number": r[3]}
            for r in cur.fetchall()
        ]
