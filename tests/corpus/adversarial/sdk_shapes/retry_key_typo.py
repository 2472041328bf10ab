# SDK: wmill 1.850.0 client.py _checked_retry raises ValueError on keys outside attempts/delay/multiplier/max_delay ("backoff" is not one).
from wmill import task, workflow


@task(retry={"attempts": 3, "backoff": 2})  # expect: WAC302
async def call_vendor(order_id: str) -> dict:
    return {"order": order_id}


@workflow
async def main(order_id: str):
    return await call_vendor(order_id)
