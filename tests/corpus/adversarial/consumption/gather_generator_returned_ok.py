# SDK: wmill 1.850.0 client.py: asyncio.gather over a generator of task coroutines, awaited, dispatches them together and returns their results.
import asyncio

from wmill import task, workflow


@task()
async def notify(user_id: str, message: str) -> bool:
    return True


@workflow
async def main(user_ids: list[str], message: str):
    return await asyncio.gather(*(notify(u, message) for u in user_ids))
