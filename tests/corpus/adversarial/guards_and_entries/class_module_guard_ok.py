# SDK: wmill 1.850.0 client.py defines _StepSuspend and _StepFailure in wmill.client; a catch-all that re-raises every exception whose class comes from the wmill package lets the suspension through.
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task()
async def sync_account(account_id: str) -> dict:
    return {"id": account_id}


@workflow
async def main(account_ids: list[str]):
    synced, failed = [], []
    for account_id in account_ids:
        try:
            synced.append(await sync_account(account_id))
        except BaseException as e:
            if type(e).__module__.startswith("wmill"):
                raise
            log.warning("sync %s failed: %r", account_id, e)
            failed.append(account_id)
    return {"synced": synced, "failed": failed}
