# SDK: wmill 1.850.0 client.py: two coroutines stored first and gathered later are dispatched together (mode "parallel").
import asyncio

from wmill import task, workflow


@task()
async def fetch_profile(user_id: str) -> dict:
    return {"id": user_id}


@task()
async def fetch_orders(user_id: str) -> list[dict]:
    return []


@workflow
async def main(user_id: str):
    profile_job = fetch_profile(user_id)  # expect: WAC903
    orders_job = fetch_orders(user_id)  # expect: WAC903
    profile, orders = await asyncio.gather(profile_job, orders_job)
    return {"profile": profile, "orders": len(orders)}
