# SDK: wmill 1.850.0 client.py step(): a float timestamp and a tuple (returned as a list) are JSON; unpacking works on every replay.
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def schedule(at: float, window: list) -> dict:
    return {"at": at, "window": window}


@workflow
async def main(minutes: int = 15):
    now = await step("now", lambda: datetime.now(timezone.utc).timestamp())
    start, end = now, now + minutes * 60
    return await schedule(now, [start, end])
