# SDK: wmill 1.850.0 client.py: asyncio.shield wraps the task's awaitable in an asyncio Task; the _StepSuspend it raises propagates unchanged, and a replay returns the recorded value.
import asyncio

from wmill import task, workflow


@task()
async def charge(order_id: str, cents: int) -> str:
    return f"ch_{order_id}"


@workflow
async def main(order_id: str, cents: int):
    charge_id = await asyncio.shield(charge(order_id, cents))
    return {"order": order_id, "charge": charge_id}
