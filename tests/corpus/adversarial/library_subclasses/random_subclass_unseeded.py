# SDK: wmill 1.850.0 client.py: the body replays from the top in a new process; `Dice()` is a `random.Random` seeded from the OS, so `roll()` picks another reviewer on each replay.
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
    reviewer = Dice().pick(reviewers)  # expect: WAC102
    return await assign(pr, reviewer)
