# SDK: wmill 1.850.0 _alloc_key numbers repeats of a name; the team's checkpoint(label, fn) passes a literal label from every call site, so the keys are stable
from datetime import datetime, timezone
import uuid

from wmill import step, task, workflow


async def checkpoint(label: str, fn):
    """Thin wrapper the platform team ships: logs, then checkpoints."""
    print(f"[wac] checkpoint {label}")
    return await step(label, fn)


@task()
async def export_orders(shop: str, since: str) -> list[dict]:
    import shopify

    shopify.ShopifyResource.set_site(f"https://{shop}.myshopify.com/admin/api/2024-04")
    orders = shopify.Order.find(created_at_min=since, status="any")
    return [o.to_dict() for o in orders]


@task()
async def push_to_warehouse(batch_id: str, orders: list[dict]) -> int:
    import snowflake.connector

    conn = snowflake.connector.connect(account="acme", user="etl", authenticator="externalbrowser")
    cur = conn.cursor()
    cur.executemany(
        "insert into raw.orders (batch_id, payload) select %s, parse_json(%s)",
        [(batch_id, str(o)) for o in orders],
    )
    return len(orders)


@workflow
async def main(shop: str, since: str):
    batch_id = await checkpoint("batch_id", lambda: uuid.uuid4().hex)
    started = await checkpoint("started_at", lambda: datetime.now(timezone.utc).isoformat())
    orders = await export_orders(shop, since)
    loaded = await push_to_warehouse(batch_id, orders)
    finished = await checkpoint("finished_at", lambda: datetime.now(timezone.utc).isoformat())
    return {"batch": batch_id, "loaded": loaded, "started": started, "finished": finished}
