# SDK: wmill 1.850.0 client.py raises _StepSuspend (a BaseException) to dispatch each task; this catch-all re-raises only classes named like interrupts, so the suspension is swallowed and recorded as a failure.
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
        except BaseException as e:  # expect: WAC201
            if type(e).__name__ in ("KeyboardInterrupt", "SystemExit", "CancelledError"):
                raise
            log.warning("sync %s failed: %r", account_id, e)
            failed.append(account_id)
    return {"synced": synced, "failed": failed}
