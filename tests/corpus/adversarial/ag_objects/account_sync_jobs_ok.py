# SDK: wmill 1.850.0 a @task call queues the step and returns a coroutine; `SyncJob.run()` returns it and the loop awaits each one in order, so every sync is a checkpointed step
import httpx
from wmill import task, workflow

CRM = "https://crm.internal.example/api"


class SyncJob:
    """A unit of work from the old RQ queue: the function and the arguments it runs with."""

    def __init__(self, fn, account_id: str, full: bool = False):
        self.fn = fn
        self.account_id = account_id
        self.full = full

    def run(self):
        return self.fn(account_id=self.account_id, full=self.full)


@task()
async def stale_accounts(days: int) -> list[str]:
    r = httpx.get(f"{CRM}/accounts", params={"stale_days": days})
    return [a["id"] for a in r.json()["accounts"]]


@task(timeout=300)
async def sync_account(account_id: str, full: bool) -> dict:
    r = httpx.post(f"{CRM}/accounts/{account_id}/sync", json={"full": full})
    r.raise_for_status()
    return r.json()


@workflow
async def main(stale_days: int = 7, full: bool = False):
    ids = await stale_accounts(days=stale_days)
    jobs = [SyncJob(sync_account, i, full=full) for i in ids]
    results = []
    for job in jobs:
        results.append(await job.run())
    return {"synced": len(results)}
