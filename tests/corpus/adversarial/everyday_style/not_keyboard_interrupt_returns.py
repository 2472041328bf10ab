# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException and is not a KeyboardInterrupt, so the `if` branch returns and swallows it; only the `raise` after it would let it through.
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
    except BaseException as e:  # expect: WAC201
        if not isinstance(e, KeyboardInterrupt):
            log.warning("sync failed: %s", e)
            return {"list": list_id, "synced": 0}
        raise
    return {"list": list_id, "synced": synced}
