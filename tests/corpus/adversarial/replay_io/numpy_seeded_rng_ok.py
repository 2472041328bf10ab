# SDK: wmill 1.850.0 client.py: np.random.default_rng(seed) with a seed from the input replays the same draws.
import numpy as np

from wmill import task, workflow


@task()
async def simulate(draws: list) -> float:
    return sum(draws) / max(1, len(draws))


@workflow
async def main(seed: int, n: int = 100):
    rng = np.random.default_rng(seed)
    draws = rng.normal(0.0, 1.0, size=n).tolist()
    return await simulate(draws)
