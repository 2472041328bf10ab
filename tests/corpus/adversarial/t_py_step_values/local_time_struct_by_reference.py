# SDK: step() returns the JSON round trip of fn(): time.localtime's struct_time is a tuple, so it comes back as a plain list and .tm_hour raises AttributeError
import time

from wmill import step, task, workflow


@task()
async def queue_batch(batch_id: str, lane: str) -> dict:
    return {"batch_id": batch_id, "lane": lane}


@workflow
async def main(batch_id: str):
    local = await step("local_time", time.localtime)  # expect: WAC107
    lane = "overnight" if local.tm_hour >= 18 or local.tm_hour < 6 else "daytime"
    return await queue_batch(batch_id=batch_id, lane=lane)
