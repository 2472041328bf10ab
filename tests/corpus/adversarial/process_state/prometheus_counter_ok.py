# SDK: wmill 1.850.0 client.py replays the body; a prometheus_client Counter only counts in this process's memory (nothing is sent), like a local variable.
from prometheus_client import Counter
from wmill import task, workflow

SHIPPED = Counter("orders_shipped", "orders shipped in this round")


@task()
async def ship(order_id: str) -> str:
    return "shipped"


@workflow
async def main(order_ids: list):
    for order_id in order_ids:
        await ship(order_id)
        SHIPPED.inc()
    return {"shipped": len(order_ids)}
