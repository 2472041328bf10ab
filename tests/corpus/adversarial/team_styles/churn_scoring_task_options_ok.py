# SDK: wmill 1.850.0 client.py `task(...)` keyword options and `_checked_retry` (attempts, delay, multiplier, max_delay): every option here is read.
from typing import Optional

from wmill import task, workflow

MODEL_VERSION = "2024-06"


@task(timeout=900, tag="ml", retry={"attempts": 3, "delay": 60, "multiplier": 2, "max_delay": 600}, concurrency_limit=2, concurrency_key="churn")
async def score_accounts(account_ids: list[str], model_version: str) -> list[dict]:
    return [{"id": a, "score": 0.3} for a in account_ids]


@task(cache_ttl=3600, priority=5)
async def write_scores(scores: list[dict], table: str) -> int:
    return len(scores)


@workflow
async def main(account_ids: list[str], table: str = "ml.churn_scores", model_version: Optional[str] = None):
    scores = await score_accounts(account_ids, model_version or MODEL_VERSION)
    return {"written": await write_scores(scores, table)}
