# SDK: wmill 1.850.0 client.py: `_retry_delay_seconds` computes `base <= 0` on `retry["delay"]`; a `timedelta` there raises `TypeError` when the first retry is scheduled.
from datetime import timedelta

from wmill import task, workflow


@task(retry={"attempts": 3, "delay": timedelta(seconds=30)})  # expect: WAC302
async def sync_crm(account: str) -> str:
    return account


@workflow
async def main(account: str):
    return await sync_crm(account)
