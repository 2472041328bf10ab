# SDK: wmill 1.850.0 client.py: _StepSuspend is a BaseException, not an Exception, so it skips the `if isinstance(e, Exception)` branch and reaches `raise`.
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task()
async def sync_contacts(list_id: str) -> int:
    return 42


@workflow
async def main(list_id: str):
    try:
        synced = await sync_contacts(list_id)
    except BaseException as e:
        if isinstance(e, Exception):
            log.warning("sync failed: %s", e)
            return {"list": list_id, "synced": 0}
        raise
    return {"list": list_id, "synced": synced}
