# SDK: wmill 1.850.0 client.py replays the body; random.Random(seed).sample draws from its own seeded generator, the same on every replay.
import random

from wmill import task, workflow


@task()
async def audit(account: str) -> bool:
    return True


@workflow
async def main(accounts: list, seed: int = 11):
    rng = random.Random(seed)
    picked = rng.sample(accounts, k=min(3, len(accounts)))
    return [await audit(a) for a in picked]
