# SDK: wmill 1.850.0 client.py workflow(): an unseeded numpy generator draws new numbers on each replay.
import numpy as np

from wmill import task, workflow


@task()
async def simulate(draws: list) -> float:
    return sum(draws) / max(1, len(draws))


@workflow
async def main(n: int = 100):
    draws = np.random.normal(0.0, 1.0, size=n).tolist()  # expect: WAC102
    return await simulate(draws)
