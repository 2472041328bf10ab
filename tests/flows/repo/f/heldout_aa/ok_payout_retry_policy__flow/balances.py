import psycopg2
import wmill


def main(period: str):
    conn = psycopg2.connect(**wmill.get_resource("f/market/ledger"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "select seller_id, sum(amount_cents) from ledger where period = %s group by seller_id",
            (period,),
        )
        return [{"seller_id": s, "amount_cents": int(a)} for s, a in cur.fetchall()]
