# SDK: wmill 1.850.0 client.py: the helper awaits the task's coroutine before returning, so the workflow gets the task's result on every path.
from wmill import task, workflow

KNOWN = {"internal": {"id": "internal", "tier": "staff"}}


@task()
async def lookup_customer(customer_id: str) -> dict:
    return {"id": customer_id, "tier": "gold"}


@task()
async def apply_discount(customer: dict, amount: float) -> float:
    return amount * (0.9 if customer["tier"] == "gold" else 1.0)


async def customer(customer_id: str):
    if customer_id in KNOWN:
        return KNOWN[customer_id]
    return await lookup_customer(customer_id)


@workflow
async def main(customer_id: str, amount: float):
    c = await customer(customer_id)
    total = await apply_discount(c, amount)
    return {"customer": customer_id, "total": total}
