# SDK: wmill 1.850.0 client.py — replays re-run the body; random.Random seeded from a str (version 2 seeding hashes it with sha512) draws the same sample in every process
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
    rng = random.Random(f"order-audit:{day}")
    sample = [o for o in orders if (roll := rng.random()) < rate]
    report = await audit_orders(sample)
    return {"day": day, "sampled": len(sample), **report}
