import wmill
import psycopg2


def main():
    conn = psycopg2.connect(**wmill.get_resource("f/shop/catalog_db"))
    with conn, conn.cursor() as cur:
        cur.execute("SELECT sku, name, price, active FROM catalog.products")
        rows = cur.fetchall()
    products = [
        {"sku": sku, "name": name, "price": float(price), "active": active}
        for sku, name, price, active in rows
    ]
    return {"products": products, "count": len(products)}
