import wmill
import psycopg2


def main(sku: str, bin: str, qty: int, target_zone: str = "Z-OVERFLOW"):
    db = wmill.get_resource("f/heldout_am/warehouse_pg")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE stock SET bin = %s WHERE sku = %s AND bin = %s RETURNING qty",
            (target_zone, sku, bin),
        )
        moved = cur.fetchone()
    return {"sku": sku, "from": bin, "to": target_zone, "moved": moved[0] if moved else 0, "expected": qty}
