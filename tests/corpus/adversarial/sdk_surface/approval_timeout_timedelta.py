# SDK: wmill 1.850.0 client.py: `wait_for_approval(timeout: int = 1800)` puts `timeout` into the suspension unconverted (`"timeout": timeout`), so a `timedelta` reaches the worker as something other than seconds.
from datetime import timedelta

from wmill import task, wait_for_approval, workflow


@task()
async def ship(order: str) -> str:
    return order


@workflow
async def main(order: str):
    decision = await wait_for_approval(timeout=timedelta(days=2), key="ship")  # expect: WAC302
    if decision["approved"]:
        return await ship(order)
    return None
