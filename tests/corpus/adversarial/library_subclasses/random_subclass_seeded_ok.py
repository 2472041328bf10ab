# SDK: wmill 1.850.0 client.py: the body replays from the top; `Dice(pr)` passes the seed to `random.Random`, so every replay picks the same reviewer.
import random

from wmill import task, workflow


class Dice(random.Random):
    def pick(self, people: list[str]) -> str:
        return self.choice(people)


@task()
async def assign(pr: int, reviewer: str) -> str:
    return f"{pr}:{reviewer}"


@workflow
async def main(pr: int, reviewers: list[str]):
    reviewer = Dice(pr).pick(sorted(reviewers))
    return await assign(pr, reviewer)
