# SDK: wmill 1.850.0 client.py: `wait_for_approval(timeout: int = 1800)` takes seconds; `int(WINDOW.total_seconds())` is an int, and the `timedelta` itself is only used for the text.
from datetime import timedelta

from wmill import task, wait_for_approval, workflow

WINDOW = timedelta(days=2)


@task()
async def ship(order: str, note: str) -> str:
    return f"{order}:{note}"


@workflow
async def main(order: str):
    decision = await wait_for_approval(timeout=int(WINDOW.total_seconds()), key="ship")
    if decision["approved"]:
        return await ship(order, f"approved within {WINDOW}")
    return None
