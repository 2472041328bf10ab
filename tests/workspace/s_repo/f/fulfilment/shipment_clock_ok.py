# SDK: wmill 1.850.0 step(); uuid5 and random.Random(seed) are deterministic (f/common/clock.py)
from wmill import step, task, workflow

from f.common.clock import add_days, fresh_batch_id, parse_stamp, shard_for, stable_id, utc_stamp


@task()
async def book_pickup(carrier: str, batch_id: str, ready_at: str, shard: int) -> dict:
    return {"carrier": carrier, "batch": batch_id, "ready_at": ready_at, "shard": shard}


@workflow
async def main(order_ids: list, carrier: str = "dhl", lead_days: int = 1):
    started = await step("started_at", lambda: utc_stamp())
    batch_id = stable_id(carrier, *sorted(order_ids))
    run_tag = await step("run_tag", fresh_batch_id)
    ready_at = add_days(started, lead_days)
    weekday = parse_stamp(ready_at).weekday()
    if weekday >= 5:
        ready_at = add_days(ready_at, 7 - weekday)
    shard = shard_for(batch_id, 8)
    booking = await book_pickup(carrier, batch_id, ready_at, shard)
    return {"booking": booking, "tag": run_tag}
