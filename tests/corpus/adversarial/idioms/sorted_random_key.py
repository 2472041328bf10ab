# SDK: wmill 1.850.0 client.py: the body replays on each round; the `key=lambda` runs `random.random()` in the body, so the reviewers' order (and the task keys' arguments) change between replays.
import random

from wmill import task, workflow


@task()
async def assign(reviewer: str, pr: int) -> str:
    return reviewer


@workflow
async def main(pr: int, reviewers: list[str]):
    order = sorted(reviewers, key=lambda _: random.random())  # expect: WAC102
    return await assign(order[0], pr)
