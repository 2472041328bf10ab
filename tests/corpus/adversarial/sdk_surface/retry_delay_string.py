# SDK: wmill 1.850.0 client.py: `_retry_delay_seconds` evaluates `base <= 0` on `retry["delay"]`; the string "30s" raises `TypeError` when the first retry is due, after the task has already failed once.
from wmill import task, workflow


@task(retry={"attempts": 3, "delay": "30s"})  # expect: WAC302
async def sync_crm(account: str) -> str:
    return account


@workflow
async def main(account: str):
    return await sync_crm(account)
