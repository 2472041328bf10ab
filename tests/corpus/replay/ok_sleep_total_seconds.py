# Wait five minutes before polling, converted to seconds.
from datetime import timedelta

from wmill import task, sleep, workflow


@task()
async def poll(job: str) -> bool:
    return bool(job)


@workflow
async def main(job: str):
    await sleep(int(timedelta(minutes=5).total_seconds()))
    return await poll(job)
