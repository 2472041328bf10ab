# SDK: step() round-trips through JSON; the hour is read inside the step and an int survives
import time
from operator import itemgetter

from wmill import step, task, workflow


@task()
async def queue_batch(batch_id: str, lane: str) -> dict:
    return {"batch_id": batch_id, "lane": lane}


@workflow
async def main(batch_id: str):
    hour = await step("local_hour", lambda: time.localtime().tm_hour)
    parts = await step("local_parts", lambda: list(time.localtime())[:4])
    year, month = itemgetter(0, 1)(parts)
    lane = "overnight" if hour >= 18 or hour < 6 else "daytime"
    return {**(await queue_batch(batch_id=batch_id, lane=lane)), "period": f"{year}-{month:02d}"}
