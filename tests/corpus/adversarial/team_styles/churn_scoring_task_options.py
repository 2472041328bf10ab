# SDK: wmill 1.850.0 client.py `task(_func=None, *, path, tag, timeout, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry)`: `max_retries` is not a parameter, a TypeError at import (WAC302).
from typing import Optional

from wmill import task, workflow

MODEL_VERSION = "2024-06"


@task(timeout=900, tag="ml", max_retries=3)  # expect: WAC302
async def score_accounts(account_ids: list[str], model_version: str) -> list[dict]:
    return [{"id": a, "score": 0.3} for a in account_ids]


@task()
async def write_scores(scores: list[dict], table: str) -> int:
    return len(scores)


@workflow
async def main(account_ids: list[str], table: str = "ml.churn_scores", model_version: Optional[str] = None):
    scores = await score_accounts(account_ids, model_version or MODEL_VERSION)
    return {"written": await write_scores(scores, table)}
