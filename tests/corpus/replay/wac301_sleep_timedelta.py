# Wait five minutes before polling, written as a timedelta.
from datetime import timedelta

from wmill import task, sleep, workflow


@task()
async def poll(job: str) -> bool:
    return bool(job)


@workflow
async def main(job: str):
    await sleep(timedelta(minutes=5))  # expect: WAC301
    return await poll(job)
