# SDK: wmill 1.850.0 client.py: `WorkflowCtx._sleep` computes `max(1, int(seconds))`; `int()` of a `timedelta` raises `TypeError`, so the workflow fails at the sleep.
from datetime import timedelta

from wmill import sleep, task, workflow


@task()
async def remind(user: str) -> str:
    return user


@workflow
async def main(user: str):
    await remind(user)
    await sleep(timedelta(hours=24))  # expect: WAC301
    return await remind(user)
