import psycopg2
import wmill


def main(vendor_id: str, items: list):
    db = wmill.get_resource("f/procurement/catalog_pg")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        for item in items:
            cur.execute(
                """INSERT INTO catalog.vendor_prices (vendor_id, sku, price_cents, stock)
                   VALUES (%s, %s, %s, %s)
                   ON CONFLICT (vendor_id, sku) DO UPDATE
                   SET price_cents = EXCLUDED.price_cents, stock = EXCLUDED.stock""",
                (vendor_id, item["sku"], item["price_cents"], item["stock"]),
            )
    return {"vendor_id": vendor_id, "upserted": len(items)}
