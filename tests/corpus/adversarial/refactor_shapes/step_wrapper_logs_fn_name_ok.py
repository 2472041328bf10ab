# SDK: wmill 1.850.0 client.py step keys come from the name; a wrapper that only logs its function's name and hands it to step() leaves it to run inside the step.
import time

from wmill import step, task, workflow


async def timed_step(label: str, fn):
    print(f"step {label}")
    return await step(label, fn)


@task()
async def ship(order_id: str, at: float) -> str:
    return order_id


@workflow
async def main(order_id: str):
    at = await timed_step("shipped_at", time.time)
    return await ship(order_id, at)
