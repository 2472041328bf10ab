# SDK: wmill 1.850.0 client.py: asyncio.ensure_future wraps the task's _suspend coroutine in a loop task nobody awaits; its suspension is lost.
import asyncio

from wmill import task, workflow


@task()
async def record_audit(event: str, actor: str) -> bool:
    return True


@task()
async def disable_user(user: str) -> dict:
    return {"user": user, "disabled": True}


@workflow
async def main(user: str, actor: str):
    asyncio.ensure_future(record_audit("disable_user", actor))  # expect: WAC106
    return await disable_user(user)
