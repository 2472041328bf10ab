# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; AsyncRetrying's default predicate only retries Exception, so the swallowed suspension is re-raised by the next iteration and the task is dispatched.
from tenacity import AsyncRetrying, stop_after_attempt

from wmill import task, workflow


@task()
async def sync_inventory(store_id: str) -> int:
    return 17


@workflow
async def main(store_ids: list[str]):
    synced = {}
    for store_id in store_ids:
        async for attempt in AsyncRetrying(stop=stop_after_attempt(4), reraise=True):
            with attempt:
                synced[store_id] = await sync_inventory(store_id)
    return synced
