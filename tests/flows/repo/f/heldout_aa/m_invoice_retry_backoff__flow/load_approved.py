import psycopg2


def main(day: str, db: dict):
    conn = psycopg2.connect(**db)
    with conn, conn.cursor() as cur:
        cur.execute(
            "select id, amount_cents from invoices where approved_on = %s and erp_id is null",
            (day,),
        )
        rows = cur.fetchall()
    return [{"invoice_id": r[0], "amount_cents": r[1]} for r in rows]
