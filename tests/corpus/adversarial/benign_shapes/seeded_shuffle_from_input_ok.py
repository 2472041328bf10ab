# SDK: wmill 1.850.0 client.py: `random.Random(str)` seeds from the string's SHA-512 (version 2), the same in every process and round, so the shuffle and the task keys are stable.
import random

from wmill import task, workflow


@task()
async def review(pr: int, reviewer: str) -> str:
    return f"{reviewer} reviews #{pr}"


@workflow
async def main(pr: int, reviewers: list[str]):
    rng = random.Random(f"pr-{pr}")
    order = list(reviewers)
    rng.shuffle(order)
    return [await review(pr, name) for name in order[:2]]
