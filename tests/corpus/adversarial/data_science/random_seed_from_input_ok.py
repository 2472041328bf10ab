# SDK: wmill 1.850.0 client.py replays the body in a fresh process; random.seed(pr) (an int input) fixes the module generator, so every replay shuffles alike.
import random

from wmill import task, workflow


@task()
async def assign(reviewer: str, pr: int) -> str:
    return reviewer


@workflow
async def main(pr: int, reviewers: list):
    random.seed(pr)
    pool = list(reviewers)
    random.shuffle(pool)
    return await assign(pool[0], pr)
