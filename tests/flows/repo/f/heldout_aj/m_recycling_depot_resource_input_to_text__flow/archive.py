import psycopg2


def main(dsn: str, month: str, receipt: str):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE weighbridge_tickets SET archived = true, return_receipt = %s "
            "WHERE to_char(weighed_at, 'YYYY-MM') = %s",
            (receipt, month),
        )
        return {"archived": cur.rowcount}
