# SDK: wmill 1.850.0 client.py: a @task called outside a workflow context runs its function inline; `main` without @workflow is a plain script, nothing is checkpointed.
from wmill import task


@task()
async def fetch_orders(day: str) -> list[dict]:
    return [{"id": "o1", "total": 12.5, "day": day}]


@task()
async def total(orders: list[dict]) -> float:
    return sum(o["total"] for o in orders)


async def main(day: str):  # expect: WAC005
    orders = await fetch_orders(day)
    return {"day": day, "revenue": await total(orders)}
