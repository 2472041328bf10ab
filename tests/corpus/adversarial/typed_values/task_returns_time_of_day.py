# SDK: wmill 1.850.0 client.py: a datetime.time is written by default=str as "09:30:00"; the body's .hour fails on the str.
from datetime import time

from wmill import sleep, task, workflow


@task()
async def opening_time(store: str) -> time:
    return time(9, 30)  # expect: WAC107


@task()
async def open_store(store: str) -> bool:
    return True


@workflow
async def main(store: str):
    opens = await opening_time(store)
    if opens.hour >= 9:
        await sleep(60)
    return await open_store(store)
