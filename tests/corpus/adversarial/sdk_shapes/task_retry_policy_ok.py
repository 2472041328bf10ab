# SDK: wmill 1.850.0 client.py _checked_retry: _RETRY_KEYS are attempts/delay/multiplier/max_delay; attempts 0-100 is accepted.
from wmill import task, task_script, workflow

extract = task_script("f/etl/extract", timeout=600, retry={"attempts": 3, "delay": 10, "multiplier": 2, "max_delay": 120})


@task(timeout=300, tag="crm", concurrency_limit=2, concurrency_key="crm", retry={"attempts": 5, "delay": 30})
async def sync_crm(account: str) -> int:
    return 1


@workflow
async def main(account: str):
    rows = await extract(source=account)
    return await sync_crm(account) + len(rows or [])
