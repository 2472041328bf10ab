# SDK: wmill 1.850.0 _run_workflow_async returns what `await func(**args)` gives: here a gather future, never awaited, so the notifications' results are lost.
import asyncio

from wmill import task, workflow


@task()
async def notify(user_id: str, message: str) -> bool:
    return True


@workflow
async def main(user_ids: list[str], message: str):
    return asyncio.gather(*[notify(u, message) for u in user_ids])  # expect: WAC106
