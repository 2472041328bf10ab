# SDK: wmill 1.850.0 client.py parallel(): fn(item) per item inside asyncio.gather; a functools.partial of a task and a lambda returning a task call both dispatch the task (keys sync_account, sync_account_2, ...) and are awaited by the gather.
import functools

from wmill import parallel, task, workflow


@task()
async def sync_account(account_id: str, region: str) -> dict:
    return {"account_id": account_id, "region": region}


@task()
async def audit(account_id: str, mode: str) -> str:
    return f"{account_id}:{mode}"


@workflow
async def main(account_ids: list[str], region: str = "eu", mode: str = "full"):
    synced = await parallel(account_ids, functools.partial(sync_account, region=region), concurrency=5)
    audited = await parallel(account_ids, lambda account_id: audit(account_id, mode), concurrency=5)
    return {"synced": synced, "audited": audited}
