# SDK: wmill 1.850.0 task(): push() runs inside a task body, where I/O belongs
from wmill import task, workflow

from f.common.http import get_json, post_json

BACKFILL_URL = "https://erp.internal/api/backfill"


def push(batch: list, token: str) -> dict:
    if not batch:
        return {"skipped": True}
    return post_json(BACKFILL_URL, {"orders": batch}, token)


@task()
async def list_missing(since: str) -> list:
    return get_json(f"https://shop.internal/api/orders?since={since}&synced=false")["items"]


@task()
async def push_batch(batch: list, token: str) -> dict:
    return push(batch, token)


@workflow
async def main(since: str, token: str, batch_size: int = 50):
    missing = await list_missing(since)
    results = []
    for start in range(0, len(missing), batch_size):
        results.append(await push_batch(missing[start : start + batch_size], token))
    return {"batches": len(results)}
