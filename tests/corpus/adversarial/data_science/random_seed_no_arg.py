# SDK: wmill 1.850.0 client.py replays the body; random.seed() with no argument seeds from os.urandom / the clock, so the shuffle differs between replays.
import random

from wmill import task, workflow


@task()
async def assign(reviewer: str, pr: int) -> str:
    return reviewer


@workflow
async def main(pr: int, reviewers: list):
    random.seed()
    pool = list(reviewers)
    random.shuffle(pool)  # expect: WAC102
    return await assign(pool[0], pr)
