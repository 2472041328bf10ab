# SDK: wmill 1.850.0 client.py: a timedelta is not JSON; default=str writes "0:05:00", and the body's .total_seconds() fails on the string.
from datetime import timedelta

from wmill import sleep, task, workflow


@task()
async def backoff_for(attempt: int) -> timedelta:
    return timedelta(seconds=30 * 2**attempt)  # expect: WAC107


@workflow
async def main(attempt: int = 0):
    wait = await backoff_for(attempt)
    await sleep(int(wait.total_seconds()))
    return attempt + 1
