# SDK: wmill 1.850.0 client.py: a dropped asyncio.create_task runs _suspend in a task nobody awaits, so its _StepSuspend is lost.
import asyncio

from wmill import task, workflow


@task()
async def send_receipt(order_id: str, email: str) -> bool:
    return True


@task()
async def charge(order_id: str, amount_cents: int) -> str:
    return f"ch_{order_id}"


@workflow
async def main(order_id: str, email: str, amount_cents: int):
    charge_id = await charge(order_id, amount_cents)
    asyncio.create_task(send_receipt(order_id, email))  # expect: WAC106
    return {"charge": charge_id}
