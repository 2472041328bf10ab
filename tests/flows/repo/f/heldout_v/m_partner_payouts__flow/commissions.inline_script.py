import psycopg2

postgresql = dict


def main(warehouse: postgresql, month: str, minimum_eur: float = 50):
    conn = psycopg2.connect(
        host=warehouse["host"], dbname=warehouse["dbname"], user=warehouse["user"], password=warehouse["password"]
    )
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT p.id, p.wise_recipient_id, round(sum(c.amount_cents) / 100.0, 2)
            FROM commissions c JOIN partners p ON p.id = c.partner_id
            WHERE to_char(c.earned_at, 'YYYY-MM') = %s
            GROUP BY p.id, p.wise_recipient_id
            HAVING sum(c.amount_cents) >= %s * 100
            """,
            (month, minimum_eur),
        )
        rows = cur.fetchall()
    payouts = [
        {"partner_id": pid, "wise_recipient_id": rid, "amount_eur": float(amount)} for pid, rid, amount in rows
    ]
    return {"payouts": payouts, "total_eur": sum(p["amount_eur"] for p in payouts)}
