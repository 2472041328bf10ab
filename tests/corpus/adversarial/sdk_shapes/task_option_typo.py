# SDK: wmill 1.850.0 client.py task(_func=None, *, path, tag, timeout, cache_ttl, priority, concurrency_limit, ...): an unknown keyword is a TypeError where the decorator is written.
from wmill import task, workflow


@task(timeout=300, max_retries=3)  # expect: WAC302
async def sync_crm(account: str) -> int:
    return 1


@workflow
async def main(account: str):
    return await sync_crm(account)
