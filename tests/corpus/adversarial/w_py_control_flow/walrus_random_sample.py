# SDK: wmill 1.850.0 client.py — random in the body is re-drawn each replay; a sampled list passed to a task differs between the round that dispatched and the round that reads the result
import random

from wmill import task, workflow


@task()
async def fetch_orders(day: str) -> list[dict]:
    import httpx

    return httpx.get(f"https://orders.example.com/api/orders?day={day}").json()


@task()
async def audit_orders(orders: list[dict]) -> dict:
    flagged = [o["id"] for o in orders if o.get("total", 0) > 10_000]
    return {"checked": len(orders), "flagged": flagged}


@workflow
async def main(day: str, rate: float = 0.05):
    orders = await fetch_orders(day)
    sample = [o for o in orders if (roll := random.random()) < rate]  # expect: WAC102
    report = await audit_orders(sample)
    return {"day": day, **report}
