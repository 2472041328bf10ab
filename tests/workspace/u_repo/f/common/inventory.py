"""Parts ledger backed by the warehouse Postgres."""

import psycopg


class PartsLedger:
    def __init__(self, dsn: str):
        self.conn = psycopg.connect(dsn)

    def reserve(self, ticket_id: str, sku: str, qty: int) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE parts SET reserved = reserved + %s WHERE sku = %s RETURNING reserved",
                (qty, sku),
            )
            row = cur.fetchone()
        self.conn.commit()
        return row[0]


def open_ledger(dsn: str) -> PartsLedger:
    return PartsLedger(dsn)


def sku_label(sku: str, qty: int) -> str:
    return f"{qty} x {sku.upper()}"
