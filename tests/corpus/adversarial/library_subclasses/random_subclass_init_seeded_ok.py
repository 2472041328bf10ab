# SDK: wmill 1.850.0 client.py: the body replays from the top; `Shuffler.__init__` passes the run's seed to `random.Random.__init__`, so every replay shuffles the same way.
import random

from wmill import task, workflow


class Shuffler(random.Random):
    def __init__(self, size: int, seed: str):
        super().__init__(seed)
        self.size = size

    def batches(self, items: list[str]) -> list[list[str]]:
        shuffled = sorted(items)
        self.shuffle(shuffled)
        return [shuffled[i : i + self.size] for i in range(0, len(shuffled), self.size)]


@task()
async def label(batch: list[str]) -> int:
    return len(batch)


@workflow
async def main(items: list[str], run_id: str, size: int = 10):
    batches = Shuffler(size, run_id).batches(items)
    return [await label(b) for b in batches]
