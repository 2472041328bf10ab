# Daily order ETL: pull yesterday's orders from the shop API, normalise them,
# and load them into the analytics warehouse.
from wmill import task, workflow
import requests
import psycopg2


@task(timeout=600, tag="etl")
async def extract_orders(shop_url: str, day: str) -> list:
    resp = requests.get(f"{shop_url}/api/orders", params={"date": day}, timeout=60)
    resp.raise_for_status()
    return resp.json()["orders"]


@task(timeout=600, tag="etl")
async def transform_orders(orders: list) -> list:
    rows = []
    for o in orders:
        rows.append(
            {
                "order_id": o["id"],
                "customer_id": o["customer"]["id"],
                "total_cents": int(round(float(o["total"]) * 100)),
                "currency": o.get("currency", "USD"),
            }
        )
    return rows


@task(timeout=900, tag="etl")
async def load_orders(dsn: str, rows: list) -> int:
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO orders (order_id, customer_id, total_cents, currency) "
            "VALUES (%(order_id)s, %(customer_id)s, %(total_cents)s, %(currency)s) "
            "ON CONFLICT (order_id) DO NOTHING",
            rows,
        )
    return len(rows)


@workflow
async def main(shop_url: str, warehouse_dsn: str, day: str):
    orders = await extract_orders(shop_url, day)
    rows = await transform_orders(orders)
    loaded = await load_orders(warehouse_dsn, rows)
    return {"day": day, "extracted": len(orders), "loaded": loaded}
