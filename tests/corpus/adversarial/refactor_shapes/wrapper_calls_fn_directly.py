# SDK: wmill 1.850.0 client.py replays the body; a wrapper that calls its function before checkpointing the result reads the clock in the body on every replay.
import time

from wmill import step, task, workflow


async def cached(label: str, fn):
    value = fn()
    return await step(label, lambda: value)


@task()
async def ship(order_id: str, at: float) -> str:
    return order_id


@workflow
async def main(order_id: str):
    at = await cached("shipped_at", lambda: time.time())  # expect: WAC102
    return await ship(order_id, at)
