# SDK: wmill 1.850.0 client.py: the body replays from the top in a new process; `Shuffler.__init__` calls `super().__init__()` without a seed, so `random.Random` seeds itself from the OS and the batches differ on each replay.
import random

from wmill import task, workflow


class Shuffler(random.Random):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def batches(self, items: list[str]) -> list[list[str]]:
        shuffled = items[:]
        self.shuffle(shuffled)
        return [shuffled[i : i + self.size] for i in range(0, len(shuffled), self.size)]


@task()
async def label(batch: list[str]) -> int:
    return len(batch)


@workflow
async def main(items: list[str], size: int = 10):
    batches = Shuffler(size).batches(items)  # expect: WAC102
    return [await label(b) for b in batches]
