# SDK: wmill 1.850.0 client.py replays the body in a fresh process; the global generator is seeded only when a seed is passed, so without one the picked ids change between replays.
import numpy as np
from wmill import task, workflow


@task()
async def label(ids: list) -> int:
    return len(ids)


@workflow
async def main(ids: list, seed: int | None = None):
    if seed is not None:
        np.random.seed(seed)
    picked = np.random.choice(ids, size=3, replace=False).tolist()  # expect: WAC102
    return await label(picked)
