# SDK: wmill 1.850.0 client.py replays the body; datadog's statsd.increment sends a UDP packet, so the counter is bumped once per replay instead of once per run.
from datadog import statsd
from wmill import task, workflow


@task()
async def ship(order_id: str) -> str:
    return "shipped"


@workflow
async def main(order_id: str):
    status = await ship(order_id)
    statsd.increment("orders.shipped", tags=[f"status:{status}"])  # expect: WAC101
    return status
