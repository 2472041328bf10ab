# SDK: wmill 1.850.0 workflow(); the local helper push() calls f/common/http.post_json (requests.post)
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


@workflow
async def main(since: str, token: str, batch_size: int = 50):
    missing = await list_missing(since)
    results = []
    for start in range(0, len(missing), batch_size):
        results.append(push(missing[start : start + batch_size], token))  # expect: WAC101
    return {"batches": len(results)}
