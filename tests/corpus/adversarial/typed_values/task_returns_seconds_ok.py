# SDK: wmill 1.850.0 client.py: the task returns a number of seconds, which JSON keeps, and sleep() takes seconds.
from datetime import timedelta

from wmill import sleep, task, workflow


@task()
async def backoff_for(attempt: int) -> int:
    return int(timedelta(seconds=30 * 2**attempt).total_seconds())


@workflow
async def main(attempt: int = 0):
    await sleep(await backoff_for(attempt))
    return attempt + 1
