# SDK: wmill 1.850.0 client.py: a task call returns a coroutine (ctx._next_step); `await (a(x) if c else b(x))` awaits whichever was built, and only that one was dispatched.
from wmill import task, workflow


@task()
async def charge(order_id: str, cents: int) -> dict:
    return {"order": order_id, "charged": cents}


@task()
async def refund(order_id: str, cents: int) -> dict:
    return {"order": order_id, "refunded": cents}


@workflow
async def main(order_id: str, delta_cents: int):
    outcome = await (charge(order_id, delta_cents) if delta_cents > 0 else refund(order_id, -delta_cents))
    return outcome
