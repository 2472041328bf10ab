from typing import TypedDict

import psycopg2
import wmill


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str


def main(warehouse: str = "AMS1"):
    db: postgresql = wmill.get_resource("f/inventory/wms_db")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "select sku, on_hand, reorder_point from stock where warehouse = %s",
            (warehouse,),
        )
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
