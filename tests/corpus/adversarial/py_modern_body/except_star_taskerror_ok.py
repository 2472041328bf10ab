# SDK: wmill 1.850.0 client.py: _StepSuspend is a BaseException that is not an exception group; `except* TaskError` does not match it, so Python re-raises it unchanged and the workflow suspends.
import asyncio
import logging

from wmill import TaskError, task, workflow

log = logging.getLogger("sync")


@task()
async def sync_crm(account_id: str) -> int:
    return 1


@task()
async def sync_billing(account_id: str) -> int:
    return 2


@workflow
async def main(account_id: str):
    records = None
    try:
        crm, billing = await asyncio.gather(sync_crm(account_id), sync_billing(account_id))
        records = crm + billing
    except* TaskError as group:
        for exc in group.exceptions:
            log.error("sync failed: %s", exc)
    return {"account_id": account_id, "ok": records is not None, "records": records}
