# SDK: wmill 1.850.0 client.py: `WorkflowCtx._sleep` computes `max(1, int(seconds))`; `timedelta(...).total_seconds()` is a float of seconds, which `int()` accepts.
from datetime import timedelta

from wmill import sleep, task, workflow

DAY = timedelta(hours=24)


@task()
async def remind(user: str) -> str:
    return user


@workflow
async def main(user: str):
    await remind(user)
    await sleep(DAY.total_seconds())
    return await remind(user)
