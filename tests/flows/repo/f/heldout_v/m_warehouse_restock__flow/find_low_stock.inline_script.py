import psycopg2

postgresql = dict


def main(warehouse: postgresql, site: str = "AMS1"):
    conn = psycopg2.connect(
        host=warehouse["host"],
        port=warehouse["port"],
        dbname=warehouse["dbname"],
        user=warehouse["user"],
        password=warehouse["password"],
    )
    with conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT s.sku, s.on_hand, s.reorder_point, s.reorder_qty, p.supplier_id
            FROM stock s JOIN products p USING (sku)
            WHERE s.site = %s AND s.on_hand < s.reorder_point
            ORDER BY s.sku
            """,
            (site,),
        )
        rows = cur.fetchall()
    return {
        "items": [
            {"sku": sku, "qty": reorder_qty, "supplier_id": supplier_id}
            for sku, on_hand, reorder_point, reorder_qty, supplier_id in rows
        ],
        "count": len(rows),
    }
