# SDK: wmill 1.850.0 client.py: `_checked_retry` accepts `attempts` (an int) and `max_delay`; `timedelta(minutes=5).total_seconds()` is a float of seconds, which `_retry_delay_seconds` can compare (and without a `delay` it returns 0 before reading it).
from datetime import timedelta

from wmill import task, workflow


@task(retry={"attempts": 2, "max_delay": timedelta(minutes=5).total_seconds()})
async def sync_crm(account: str) -> str:
    return account


@workflow
async def main(account: str):
    return await sync_crm(account)
