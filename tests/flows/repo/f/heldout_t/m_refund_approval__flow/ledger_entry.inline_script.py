import wmill
import psycopg2


def main(order_id: str, refund_id: str, amount: float):
    db = wmill.get_resource("f/finance/ledger_pg")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO ledger.refunds (order_id, refund_id, amount) VALUES (%s, %s, %s) RETURNING id",
            (order_id, refund_id, amount),
        )
        (entry_id,) = cur.fetchone()
    return {"entry_id": entry_id}
