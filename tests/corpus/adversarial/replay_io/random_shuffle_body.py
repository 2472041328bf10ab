# SDK: wmill 1.850.0 client.py workflow(): random.shuffle in the body orders the reviewers differently on each replay, so task keys map to other people.
import random

from wmill import task, workflow


@task()
async def request_review(reviewer: str, pr: int) -> bool:
    return True


@workflow
async def main(pr: int, reviewers: list[str]):
    pool = list(reviewers)
    random.shuffle(pool)  # expect: WAC102
    return await request_review(pool[0], pr)
