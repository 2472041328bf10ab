# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; tenacity's AttemptManager swallows whatever the block raises and retry_if_exception_type(BaseException) retries the suspension, so every attempt allocates a new key and the round ends in RetryError instead of a dispatch.
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt

from wmill import task, workflow


@task()
async def sync_inventory(store_id: str) -> int:
    return 17


@workflow
async def main(store_ids: list[str]):
    synced = {}
    for store_id in store_ids:
        async for attempt in AsyncRetrying(retry=retry_if_exception_type(BaseException), stop=stop_after_attempt(4)):  # expect: WAC201
            with attempt:
                synced[store_id] = await sync_inventory(store_id)
    return synced
