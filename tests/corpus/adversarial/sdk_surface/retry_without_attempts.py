# SDK: wmill 1.850.0 client.py: `_checked_retry` raises `ValueError("retry attempts must be a whole number ...")` when `attempts` is missing, at decoration, on every run.
from wmill import task, workflow


@task(retry={"delay": 10, "multiplier": 2})  # expect: WAC302
async def sync_crm(account: str) -> str:
    return account


@workflow
async def main(account: str):
    return await sync_crm(account)
