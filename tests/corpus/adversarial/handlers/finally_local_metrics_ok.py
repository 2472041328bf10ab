# SDK: wmill 1.850.0 client.py: a finally that only updates a local counter and logs neither returns nor calls the SDK, so the _StepSuspend passes through it.
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task()
async def sync_contacts(list_id: str) -> int:
    return 10


@workflow
async def main(list_ids: list[str]):
    synced = 0
    attempted = 0
    for list_id in list_ids:
        try:
            synced += await sync_contacts(list_id)
        finally:
            attempted += 1
            log.debug("attempted %d lists", attempted)
    return {"synced": synced, "attempted": attempted}
