# SDK: wmill 1.850.0 client.py: the body replays on each round; a hash of the input (hashlib, not Python's salted `hash`) picks the same reviewer every time.
import hashlib

from wmill import task, workflow


@task()
async def assign(reviewer: str, pr: int) -> str:
    return reviewer


@workflow
async def main(pr: int, reviewers: list[str]):
    order = sorted(reviewers, key=lambda r: hashlib.sha256(f"{pr}:{r}".encode()).hexdigest())
    return await assign(order[0], pr)
